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
      secretOrKey: config.JWT_SECRET as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  validate(request: { id: string }, payload: AccessTokenPayload): Promise<Principal> {
    return this.auth.principalFor(payload, String(request.id));
  }
}
