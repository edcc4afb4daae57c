export * from './identity.module';
export * from './entities/organization.entity';
export * from './entities/user.entity';
export * from './organizations/organizations.service';
export * from './organizations/organizations.reader';
export * from './users/users.service';
export * from './users/password-hasher';
export * from './users/user-sql';
export { UserResponseDto } from './users/dto/user.dto';
