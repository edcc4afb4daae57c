import { Logger, RequestMethod, VersioningType } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@skill-ladder/config';
import { BINARY_UPLOAD_TYPES, ProblemDetailsFilter, requestLogLine, TextCheckingValidationPipe, validationExceptionFactory } from '@skill-ladder/platform';

export const API_PREFIX = 'api';
export const DOCS_PATH = 'api/docs';

/** The one place that shapes the HTTP surface; main.ts and every e2e test call it. */
export function configureApp(app: NestFastifyApplication, config: AppConfig): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'docs', method: RequestMethod.ALL }] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(
    new TextCheckingValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  const fastify = app.getHttpAdapter().getInstance();
  // Binary uploads (evidence files, spreadsheets) arrive as the raw body; their type is checked by content later.
  fastify.addContentTypeParser([...BINARY_UPLOAD_TYPES], { parseAs: 'buffer', bodyLimit: config.MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const requestLog = new Logger('Http');
  fastify.addHook('onResponse', async (request, reply) => {
    requestLog.log(requestLogLine(request, reply));
  });
  if (config.OPENAPI_ENABLED) {
    SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), { jsonDocumentUrl: `${DOCS_PATH}-json` });
  }
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Skill Ladder 技能等级认定与职业发展 API')
    .setDescription(
      '新八级工 skill-level certification and career paths for enterprises and the human-resources bureau. ' +
        'Every operation states who may call it (x-access). Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, options);
}
