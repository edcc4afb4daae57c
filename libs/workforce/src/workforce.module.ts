import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { Employment } from './entities/employment.entity';
import { Person } from './entities/person.entity';
import { WorkerImportController } from './import/worker-import.controller';
import { WorkerImportService } from './import/worker-import.service';
import { WorkersController } from './workers.controller';
import { WorkersReader } from './workers.reader';
import { WorkersService } from './workers.service';

/** Workers (职工): identity, employment, credentials, titles, honors, training, innovation, relations. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Employment]), IdentityModule],
  controllers: [WorkerImportController, WorkersController],
  providers: [WorkersService, WorkersReader, WorkerImportService],
  exports: [WorkersService, WorkersReader],
})
export class WorkforceModule {}
