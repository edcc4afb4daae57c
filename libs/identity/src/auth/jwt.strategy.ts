import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '@skill-ladder/config';
import { APP_CONFIG, JWT_STRATEGY, Principal } from '@skill-ladder/platform';
import { AccessTokenPayload, AuthService } from './auth.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(@Inject(APP_CONFIG) config: AppConfig, private readonly auth: AuthService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject built once: given the secret as a string, jsonwebtoken first tries to parse it
      // as a PEM public key on every request (an exception thrown and caught), then builds the key.
      // The same bytes as the string the tokens are signed with (UTF-8), so every token verifies as before.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET as string, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  validate(request: { id: string }, payload: AccessTokenPayload): Promise<Principal> {
    return this.auth.principalFor(payload, String(request.id));
  }
}
