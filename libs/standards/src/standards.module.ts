import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { WorkforceModule } from '@skill-ladder/workforce';
import { EnterpriseTier } from './entities/enterprise-tier.entity';
import { Occupation } from './entities/occupation.entity';
import { StandardVersionComment } from './entities/standard-version-comment.entity';
import { StandardVersion } from './entities/standard-version.entity';
import { Standard } from './entities/standard.entity';
import { TitleMapping } from './entities/title-mapping.entity';
import { LadderController } from './ladder/ladder.controller';
import { LadderRepository } from './ladder/ladder.repository';
import { LadderService } from './ladder/ladder.service';
import { OccupationsController } from './occupations/occupations.controller';
import { OccupationsRepository } from './occupations/occupations.repository';
import { OccupationsService } from './occupations/occupations.service';
import { StandardsReader } from './readers/standards.reader';
import { StandardsController } from './standards/standards.controller';
import { StandardAuthoringService } from './standards/standard-authoring.service';
import { PublishedVersionsRepository } from './standards/published-versions.repository';
import { StandardReviewService } from './standards/standard-review.service';
import { StandardsRepository } from './standards/standards.repository';
import { StandardsService } from './standards/standards.service';
import { EnterpriseTiersController } from './tiers/enterprise-tiers.controller';
import { EnterpriseTiersService } from './tiers/enterprise-tiers.service';
import { TitleMappingsController } from './title-mappings/title-mappings.controller';
import { TitleMappingsService } from './title-mappings/title-mappings.service';
import { WorkerTitleOptionsController } from './title-mappings/worker-title-options.controller';
import { WorkerEligibilityController } from './worker-eligibility/worker-eligibility.controller';
import { WorkerEligibilityService } from './worker-eligibility/worker-eligibility.service';

/** Occupations, the ladder, enterprise tiers, versioned standards with review, eligibility, title mappings. */
@Module({
  imports: [TypeOrmModule.forFeature([Occupation, EnterpriseTier, Standard, StandardVersion, StandardVersionComment, TitleMapping]), IdentityModule, WorkforceModule],
  controllers: [
    LadderController,
    OccupationsController,
    EnterpriseTiersController,
    StandardsController,
    WorkerEligibilityController,
    TitleMappingsController,
    WorkerTitleOptionsController,
  ],
  providers: [
    LadderRepository,
    LadderService,
    OccupationsRepository,
    OccupationsService,
    EnterpriseTiersService,
    StandardsRepository,
    PublishedVersionsRepository,
    StandardsService,
    StandardAuthoringService,
    StandardReviewService,
    WorkerEligibilityService,
    TitleMappingsService,
    StandardsReader,
  ],
  exports: [StandardsService, OccupationsService, StandardsReader],
})
export class StandardsModule {}
