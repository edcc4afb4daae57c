import fastifyCookie from '@fastify/cookie';
import { Logger, RequestMethod, VersioningType } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ServerObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { AppConfig } from '@skill-ladder/config';
import {
  BINARY_UPLOAD_TYPES,
  MAX_ZIP_UPLOAD_BYTES,
  ZIP_UPLOAD_TYPES,
  documentCommonResponses,
  documentRouteHandlers,
  documentValidationBounds,
  documentValidationBoundsOnProperties,
  APP_CONFIG,
  cacheValidationMetadataLookups,
  ProblemDetailsDto,
  ProblemDetailsFilter,
  requestLogLine,
  TextCheckingValidationPipe,
  validationExceptionFactory,
} from '@skill-ladder/platform';
import { ERROR_CATALOGUE } from './error-catalogue';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';
export const DOCS_PATH = 'api/docs';

/** The one place that shapes the HTTP surface; main.ts and every e2e test call it. Says whether the web app is served. */
export function configureApp(app: NestFastifyApplication, config: AppConfig): { webApp: boolean } {
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'docs', method: RequestMethod.ALL }] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  cacheValidationMetadataLookups();
  app.useGlobalPipes(
    new TextCheckingValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter(ERROR_CATALOGUE));
  const fastify = app.getHttpAdapter().getInstance();
  void fastify.register(fastifyCookie);
  // Helmet's middleware is built once here. @fastify/helmet built it again on every request (parsing
  // the CSP directives each time), a measurable share of a public verify's CPU (issue 12).
  const securityHeaders = helmet({
    // The web app loads only its own scripts; antd writes its styles at run time, hence inline styles.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only means something over TLS; it is added below when the request came that way.
    strictTransportSecurity: false,
  });
  fastify.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  // Binary uploads (evidence files, spreadsheets) arrive as the raw body; their type is checked by content later.
  fastify.addContentTypeParser([...BINARY_UPLOAD_TYPES], { parseAs: 'buffer', bodyLimit: config.MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
  fastify.addContentTypeParser([...ZIP_UPLOAD_TYPES], { parseAs: 'buffer', bodyLimit: MAX_ZIP_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // API answers carry personal data: no browser or proxy may keep them.
    if (request.url.startsWith(`/${API_PREFIX}/`) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  const requestLog = new Logger('Http');
  fastify.addHook('onResponse', async (request, reply) => {
    requestLog.log(requestLogLine(request, reply));
  });
  const webApp = config.WEB_DIR ? serveWebApp(app, config.WEB_DIR) : false;
  if (config.OPENAPI_ENABLED) {
    SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), { jsonDocumentUrl: `${DOCS_PATH}-json` });
  }
  return { webApp };
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('Skill Ladder 技能等级认定与职业发展 API')
    .setDescription(
      '新八级工 skill-level certification and career paths for enterprises and the human-resources bureau. ' +
        'Every operation states who may call it (x-access). Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Access token from POST /auth/login: a short-lived JWT. Verified as RFC8725 (JSON Web Token Best Current Practices) asks: HS256 only, never an algorithm named by the token, expiry enforced.',
    })
    .build();
  documentRouteHandlers(app.get(ModulesContainer));
  documentValidationBoundsOnProperties();
  const document = SwaggerModule.createDocument(app, options, { extraModels: [ProblemDetailsDto] });
  // The servers entry says who the API is for (x-internal: false, OWASP API9); its one address is
  // the origin that serves the document and the web app.
  document.servers = [{ url: '/', description: 'The origin serving this document and the web app (production, or a test instance)', 'x-internal': false } as ServerObject];
  return documentCommonResponses(documentValidationBounds(document), { maxUploadBytes: app.get<AppConfig>(APP_CONFIG).MAX_UPLOAD_BYTES });
}
