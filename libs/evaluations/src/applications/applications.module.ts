import { Module } from '@nestjs/common';
import { StandardsModule } from '@skill-ladder/standards';
import { WorkforceModule } from '@skill-ladder/workforce';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ApplicationFilesService } from './application-files.service';
import { ApplicationImportService } from './application-import.service';
import { ApplicationRegistrationService } from './application-registration.service';
import { ApplicationsController, CampaignApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';

/** 报名: applications to a campaign, one by one or imported from a sheet, with their files. */
@Module({
  imports: [CampaignsModule, WorkforceModule, StandardsModule],
  controllers: [CampaignApplicationsController, ApplicationsController],
  providers: [ApplicationsService, ApplicationRegistrationService, ApplicationImportService, ApplicationFilesService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
