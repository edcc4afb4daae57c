import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, CurrentPrincipal, DomainError, Principal, Public, RateLimited } from '@skill-ladder/platform';
import { AuthService } from './auth.service';
import { LoginDto, MeResponseDto, RefreshDto, TokenResponseDto } from './dto/auth.dto';
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie';

@ApiTags('认证 / Auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @HttpCode(200)
  @RateLimited()
  @Public('登录 / Sign in with username and password')
  @ApiOkResponse({ type: TokenResponseDto })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenResponseDto> {
    const tokens = await this.auth.login(dto.username, dto.password);
    if (dto.refreshTransport !== 'cookie') return tokens;
    return this.inCookie(tokens, request, reply);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @RateLimited()
  @Public('刷新令牌 / Exchange a refresh token (in the body, or the session cookie) for new tokens')
  @ApiOkResponse({ type: TokenResponseDto })
  async refresh(@Body() dto: RefreshDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenResponseDto> {
    if (dto.refreshToken) return this.auth.refresh(dto.refreshToken);
    const cookie = request.cookies?.[REFRESH_COOKIE];
    // A cookie travels with any request the browser makes; only a JSON request (which a foreign
    // page cannot send without a CORS preflight) may spend it.
    const json = (request.headers['content-type'] ?? '').startsWith('application/json');
    if (!cookie || !json) {
      throw new DomainError(401, 'INVALID_REFRESH_TOKEN', '认证失败 / Authentication failed', 'No refresh token in the body or the session cookie');
    }
    try {
      return this.inCookie(await this.auth.refresh(cookie), request, reply);
    } catch (error) {
      clearRefreshCookie(reply);
      throw error;
    }
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Access(['authenticated'], '退出登录 / Sign out (ends this session)')
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(principal);
    clearRefreshCookie(reply);
  }

  @Get('me')
  @Access(['authenticated'], '当前用户 / Who am I: roles and scope')
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeResponseDto> {
    return this.auth.me(principal);
  }

  private inCookie(tokens: TokenResponseDto, request: FastifyRequest, reply: FastifyReply): TokenResponseDto {
    const { refreshToken, ...rest } = tokens;
    setRefreshCookie(reply, refreshToken as string, this.auth.refreshTokenTtlSeconds, request.protocol === 'https');
    return rest;
  }
}
