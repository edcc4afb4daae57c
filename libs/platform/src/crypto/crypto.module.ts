import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@skill-ladder/config';
import { APP_CONFIG } from '../config/config.tokens';
import { PiiCipher } from './pii-cipher';

@Global()
@Module({
  providers: [
    {
      provide: PiiCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.PII_ENCRYPTION_KEY || !config.PII_BLIND_INDEX_KEY) throw new Error('PII keys are not configured');
        return new PiiCipher(config.PII_ENCRYPTION_KEY, config.PII_BLIND_INDEX_KEY);
      },
    },
  ],
  exports: [PiiCipher],
})
export class CryptoModule {}
