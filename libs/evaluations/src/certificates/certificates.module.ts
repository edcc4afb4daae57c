import { Module } from '@nestjs/common';
import { StandardsModule } from '@skill-ladder/standards';
import { WorkforceModule } from '@skill-ladder/workforce';
import { EvaluationBodiesModule } from '../bodies/evaluation-bodies.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { BodySigningKeysService } from './body-signing-keys.service';
import { CertificateDocumentsService } from './certificate-documents.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { PublicCertificatesController } from './public-certificates.controller';
import { PublicCertificatesService } from './public-certificates.service';

/** 证书: certificates issued by a body (results and promotions issue them), their documents and public verification. */
@Module({
  imports: [EvaluationBodiesModule, CampaignsModule, WorkforceModule, StandardsModule],
  controllers: [CertificatesController, PublicCertificatesController],
  providers: [CertificatesService, CertificateDocumentsService, PublicCertificatesService, BodySigningKeysService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
