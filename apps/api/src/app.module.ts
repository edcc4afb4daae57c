import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@skill-ladder/config';
import { EvaluationsModule } from '@skill-ladder/evaluations';
import { IdentityModule } from '@skill-ladder/identity';
import { AccessGuard, AuditModule, BucketedThrottlerStorage, CryptoModule, PlatformConfigModule, SchedulingModule, StorageModule } from '@skill-ladder/platform';
import { PromotionsModule } from '@skill-ladder/promotions';
import { PublicityModule } from '@skill-ladder/publicity';
import { StandardsModule } from '@skill-ladder/standards';
import { WorkforceModule } from '@skill-ladder/workforce';
import { HealthController } from './health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_URL,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          extra: { max: 20, application_name: 'skill-ladder' },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
          storage: new BucketedThrottlerStorage(),
        }),
        AuditModule,
        SchedulingModule,
        CryptoModule,
        StorageModule,
        IdentityModule,
        WorkforceModule,
        StandardsModule,
        PublicityModule,
        EvaluationsModule,
        PromotionsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
