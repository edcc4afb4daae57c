import { ApiProperty } from '@nestjs/swagger';
import { PHOTO_IMPORT_STATUSES, PhotoImportStatus } from '../photos/photo-import.service';
import { PhotoInfo } from '../photos/worker-photos.service';

/** The stored 证件照 as described (its bytes come from GET /workers/{id}/photo). */
export class WorkerPhotoDto implements PhotoInfo {
  @ApiProperty({ description: 'Bytes of the normalized JPEG' }) sizeBytes: number;
  @ApiProperty({ example: 360 }) width: number;
  @ApiProperty({ example: 480 }) height: number;
  @ApiProperty({ description: 'SHA-256 of the JPEG, hex; also its ETag' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class PhotoImportFileDto {
  @ApiProperty({ description: 'The file’s name, the ID number in it masked' }) filename: string;
  @ApiProperty({ enum: PHOTO_IMPORT_STATUSES, description: 'saved; bad_name: not 姓名-身份证号.jpg; unknown_id: no current worker of the caller has it; name_mismatch; not_an_image; duplicate: several files for one ID number' })
  status: PhotoImportStatus;
  @ApiProperty({ nullable: true, type: String }) personId: string | null;
  @ApiProperty({ description: 'Why, zh-CN first' }) message: string;
}

export class PhotoImportReportDto {
  @ApiProperty() total: number;
  @ApiProperty() saved: number;
  @ApiProperty({ type: [PhotoImportFileDto] }) files: PhotoImportFileDto[];
}
