import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Access, CurrentPrincipal, Principal, Public } from '@skill-ladder/platform';
import { AuthService } from './auth.service';
import { LoginDto, MeResponseDto, RefreshDto, TokenResponseDto } from './dto/auth.dto';

@ApiTags('认证 / Auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Public('登录 / Sign in with username and password')
  @ApiOkResponse({ type: TokenResponseDto })
  login(@Body() dto: LoginDto): Promise<TokenResponseDto> {
    return this.auth.login(dto.username, dto.password);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Public('刷新令牌 / Exchange a refresh token for new tokens')
  @ApiOkResponse({ type: TokenResponseDto })
  refresh(@Body() dto: RefreshDto): Promise<TokenResponseDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Access(['authenticated'], '退出登录 / Sign out (ends this session)')
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal);
  }

  @Get('me')
  @Access(['authenticated'], '当前用户 / Who am I: roles and scope')
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeResponseDto> {
    return this.auth.me(principal);
  }
}
