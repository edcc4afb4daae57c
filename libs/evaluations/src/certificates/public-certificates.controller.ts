import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, ParseIdPipe, RateLimited } from '@skill-ladder/platform';
import { BodySigningKeysService } from './body-signing-keys.service';
import { PublicCertificatesService } from './public-certificates.service';
import { IssuerProfileResponseDto, JwksResponseDto, PublicCertificateResponseDto, VerifyCertificateQueryDto } from './dto/certificate.dto';
import { BitstringStatusListCredentialDto } from './dto/status-list.dto';

/** What anyone may check without an account: a certificate by number and name, the keys that sign credentials and their revocation status. */
@ApiTags('证书查验 / Certificate verification (public)')
@Controller('public')
export class PublicCertificatesController {
  constructor(
    private readonly certificates: PublicCertificatesService,
    private readonly keys: BodySigningKeysService,
  ) {}

  @Get('certificates/:number')
  @RateLimited()
  @Public('证书查验（证书编号 + 姓名，限流） / Verify a certificate by number and holder name (rate-limited)')
  @ApiOkResponse({ type: PublicCertificateResponseDto })
  verify(@Param('number') number: string, @Query() query: VerifyCertificateQueryDto) {
    return this.certificates.verify(number, query.name);
  }

  @Get('evaluation-bodies/:organizationId')
  @Public('评价机构（凭证签发方）信息 / The evaluation body as credential issuer (Open Badges Profile)')
  @ApiOkResponse({ type: IssuerProfileResponseDto })
  issuer(@Param('organizationId', ParseIdPipe) organizationId: string) {
    return this.certificates.issuerProfile(organizationId);
  }

  @Get('evaluation-bodies/:organizationId/jwks.json')
  @Header('Content-Type', 'application/jwk-set+json')
  @Header('Cache-Control', 'public, max-age=300')
  @Public('评价机构签名公钥（JWKS） / Public keys that sign the body’s credentials (JWKS)')
  @ApiOkResponse({ type: JwksResponseDto })
  jwks(@Param('organizationId', ParseIdPipe) organizationId: string) {
    return this.keys.jwks(organizationId);
  }

  @Get('evaluation-bodies/:organizationId/status-list')
  @Header('Cache-Control', 'public, max-age=60')
  @Public('评价机构证书撤销状态列表（W3C Bitstring Status List） / Revocation status of the body’s credentials (Bitstring Status List)')
  @ApiOkResponse({ type: BitstringStatusListCredentialDto })
  statusList(@Param('organizationId', ParseIdPipe) organizationId: string) {
    return this.certificates.statusList(organizationId);
  }
}
