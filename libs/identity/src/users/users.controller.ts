import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, ApiPageResponse, CurrentPrincipal, Principal, ParseIdPipe } from '@skill-ladder/platform';
import { CreateUserDto, UpdateUserDto, UserQueryDto, UserResponseDto } from './dto/user.dto';
import { USER_GRANTS, USERS } from './user-policies';
import { UsersService } from './users.service';

@ApiTags('用户 / Users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '创建用户 / Create a user', {
    scope: 'platform admin → bureau officers; bureau → HR admins in its region; HR → HR admins and evaluators of its organization',
    policy: USER_GRANTS,
  })
  @ApiCreatedResponse({ type: UserResponseDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateUserDto) {
    return this.users.create(principal, dto);
  }

  @Get()
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '用户列表 / List users', { scope: 'bureau: its region; HR: its organization', policy: USERS })
  @ApiPageResponse(UserResponseDto)
  list(@CurrentPrincipal() principal: Principal, @Query() query: UserQueryDto) {
    return this.users.list(principal, query);
  }

  @Get(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '用户详情 / Get a user', { scope: 'bureau: its region; HR: its organization', policy: USERS })
  @ApiOkResponse({ type: UserResponseDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string) {
    return this.users.get(principal, id);
  }

  @Patch(':id')
  @Access(['platform_admin', 'bureau_officer', 'hr_admin'], '修改或停用用户 / Update or disable a user', {
    scope: 'only users whose roles you may grant',
    policy: USER_GRANTS,
  })
  @ApiOkResponse({ type: UserResponseDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(principal, id, dto);
  }
}
