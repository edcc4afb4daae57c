import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@skill-ladder/config';
import { Clock } from '../clock/clock.service';
import { APP_CONFIG } from './config.tokens';

/** Makes the validated configuration and the clock injectable everywhere. */
@Global()
@Module({})
export class PlatformConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
