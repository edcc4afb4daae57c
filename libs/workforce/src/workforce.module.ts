import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { Employment } from './entities/employment.entity';
import { Person } from './entities/person.entity';
import { WorkersController } from './workers.controller';
import { WorkersService } from './workers.service';

/** Workers (职工): identity, employment, credentials, titles, honors, training, innovation, relations. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Employment]), IdentityModule],
  controllers: [WorkersController],
  providers: [WorkersService],
  exports: [WorkersService],
})
export class WorkforceModule {}
