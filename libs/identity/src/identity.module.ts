import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@skill-ladder/config';
import { APP_CONFIG } from '@skill-ladder/platform';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { Organization } from './entities/organization.entity';
import { UserRole } from './entities/user-role.entity';
import { User } from './entities/user.entity';
import { OrganizationScopeModule } from './organizations/organization-scope.module';
import { OrganizationsController } from './organizations/organizations.controller';
import { OrganizationsReader } from './organizations/organizations.reader';
import { OrganizationsService } from './organizations/organizations.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/** Organizations, user accounts, roles and sessions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, User, UserRole]),
    OrganizationScopeModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController, OrganizationsController, UsersController],
  providers: [AuthService, JwtStrategy, OrganizationsService, OrganizationsReader, UsersService],
  exports: [OrganizationsService, OrganizationsReader, UsersService],
})
export class IdentityModule {}
