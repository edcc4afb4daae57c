import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, CurrentPrincipal, ParseIdPipe, Principal } from '@skill-ladder/platform';
import { WorkerPhotoDto } from '../dto/worker-photo.dto';
import { PHOTO_SOURCE_TYPES } from './photo-normalize';
import { WorkerPhotosService } from './worker-photos.service';

const WRITE_SCOPE = 'HR of an organization the worker is employed by or works at (an employment running today)';

/** 证件照: one 1-inch photo per worker, printed on admission tickets, check-in lists and certificates. */
@ApiTags('职工 / Workers')
@Controller('workers/:id/photo')
export class WorkerPhotosController {
  constructor(private readonly photos: WorkerPhotosService) {}

  @Put()
  @Access(
    ['hr_admin'],
    '上传或更换证件照（JPEG/PNG ≤ 5 MB，按内容校验，转正、裁为 3:4 并缩放为 360×480 JPEG，去除元数据） / Set the worker’s photo: JPEG or PNG up to 5 MB, checked by content, turned upright, cropped to 3:4, 360×480 JPEG without metadata',
    WRITE_SCOPE,
  )
  @ApiConsumes(...PHOTO_SOURCE_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: WorkerPhotoDto })
  put(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() body: unknown, @Headers('content-type') contentType: string | undefined) {
    return this.photos.put(principal, id, body, contentType);
  }

  @Get()
  @Access(['hr_admin', 'worker'], '证件照（JPEG） / The worker’s photo as JPEG', 'HR of an organization the worker is or was employed by or works at; the worker: self')
  @ApiProduces('image/jpeg')
  @ApiOkResponse({ description: 'The normalized photo, 360×480 JPEG', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    const photo = await this.photos.get(principal, id);
    const etag = `"${photo.sha256}"`;
    // The browser may keep the photo for this user only, and asks again each time (a replaced or removed photo shows at once).
    reply.header('cache-control', 'private, no-cache').header('etag', etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
      reply.status(304);
      return undefined;
    }
    return new StreamableFile(photo.jpeg, { type: 'image/jpeg', disposition: 'inline; filename="photo.jpg"' });
  }

  @Delete()
  @HttpCode(204)
  @Access(['hr_admin'], '删除证件照 / Remove the worker’s photo', WRITE_SCOPE)
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.photos.remove(principal, id);
  }
}
