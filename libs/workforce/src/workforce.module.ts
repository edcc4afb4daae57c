import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@skill-ladder/identity';
import { EmploymentsService } from './employments.service';
import { Employment } from './entities/employment.entity';
import { Person } from './entities/person.entity';
import { WorkerImportController } from './import/worker-import.controller';
import { WorkerImportService } from './import/worker-import.service';
import { PersonPhotoReader } from './photos/person-photo-reader';
import { PhotoImportController } from './photos/photo-import.controller';
import { PhotoImportService } from './photos/photo-import.service';
import { WorkerPhotosController } from './photos/worker-photos.controller';
import { WorkerPhotosService } from './photos/worker-photos.service';
import { WorkerFactsService } from './worker-facts.service';
import { WorkerRecordLoader } from './worker-record.loader';
import { WorkersController } from './workers.controller';
import { WorkersReader } from './workers.reader';
import { WorkersService } from './workers.service';

/** Workers (职工): identity, employment, credentials, titles, honors, training, innovation, relations. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Employment]), IdentityModule],
  controllers: [WorkerImportController, PhotoImportController, WorkerPhotosController, WorkersController],
  providers: [WorkersService, WorkerRecordLoader, EmploymentsService, WorkerFactsService, WorkersReader, WorkerImportService, WorkerPhotosService, PhotoImportService, PersonPhotoReader],
  exports: [WorkersService, WorkersReader, PersonPhotoReader],
})
export class WorkforceModule {}
