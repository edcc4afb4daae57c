import { ApiProperty } from '@nestjs/swagger';
import { PhotoInfo } from '../photos/worker-photos.service';

/** The stored 证件照 as described (its bytes come from GET /workers/{id}/photo). */
export class WorkerPhotoDto implements PhotoInfo {
  @ApiProperty({ description: 'Bytes of the normalized JPEG' }) sizeBytes: number;
  @ApiProperty({ example: 360 }) width: number;
  @ApiProperty({ example: 480 }) height: number;
  @ApiProperty({ description: 'SHA-256 of the JPEG, hex; also its ETag' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}
