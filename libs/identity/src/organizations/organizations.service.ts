import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  ConflictError,
  findRegion,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  regionLikePattern,
  scopeOf,
  UnprocessableError,
  uniqueViolation,
  validateCreditCode,
} from '@skill-ladder/platform';
import { Organization, OrganizationWarning } from '../entities/organization.entity';
import { creditCodeRegistered, insertOrganization, OrganizationChanges, organizationPage, updateOrganization, visibleOrganization } from './organization-rows';
import { ORGANIZATION_CHANGES, ORGANIZATION_FILINGS, ORGANIZATIONS } from './organization-policies';
import { CreateOrganizationDto, OrganizationQueryDto, OrganizationResponseDto, UpdateOrganizationDto } from './dto/organization.dto';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Platform admins file bureaus; a bureau officer files enterprises and agencies inside its
   * own region. Nobody else creates organizations (`ORGANIZATION_FILINGS`).
   */
  async create(principal: Principal, dto: CreateOrganizationDto): Promise<OrganizationResponseDto> {
    const scope = scopeOf(principal);
    if (!ORGANIZATION_FILINGS.allows(scope, { kind: dto.kind, regionCode: dto.regionCode })) {
      if (dto.kind === 'bureau') throw new ForbiddenError('BUREAU_CREATION_RESTRICTED', 'Only a platform administrator may create a bureau');
      if (scope.kind !== 'region') {
        throw new ForbiddenError('ORGANIZATION_CREATION_RESTRICTED', 'Enterprises and agencies are filed by the bureau of their region');
      }
      throw new UnprocessableError('REGION_OUTSIDE_JURISDICTION', 'The region lies outside your bureau’s jurisdiction', [
        { field: 'regionCode', code: 'outsideJurisdiction', message: '行政区划不在本局辖区内 / region is outside your jurisdiction' },
      ]);
    }
    const warnings = creditCodeWarnings(dto.creditCode, dto.regionCode);
    return this.dataSource.transaction(async (em) => {
      if (dto.creditCode && (await creditCodeRegistered(em, dto.creditCode))) {
        throw new ConflictError('CREDIT_CODE_TAKEN', 'An organization with this credit code is already registered');
      }
      const saved = await insertOrganization(em, {
        kind: dto.kind,
        name: dto.name,
        regionCode: dto.regionCode,
        creditCode: dto.creditCode ?? null,
        warnings,
        createdBy: principal.userId,
      }).catch((error: unknown) => {
          if (uniqueViolation(error) === 'organizations_credit_code_key') {
            throw new ConflictError('CREDIT_CODE_TAKEN', 'An organization with this credit code is already registered');
          }
          throw error;
        });
      await this.audit.record(em, principal, {
        action: 'organization.create',
        entityType: 'organization',
        entityId: saved.id,
        organizationId: saved.id,
        after: OrganizationResponseDto.from(saved),
      });
      return this.toResponse(saved);
    });
  }

  async list(principal: Principal, q: OrganizationQueryDto): Promise<Page<OrganizationResponseDto>> {
    const { rows, total } = await organizationPage(
      this.dataSource.manager,
      ORGANIZATIONS.where(scopeOf(principal), 'o'),
      { kind: q.kind, regionPattern: q.regionCode ? regionLikePattern(q.regionCode) : undefined },
      q,
    );
    return { items: rows.map((o) => this.toResponse(o)), total, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<OrganizationResponseDto> {
    return this.toResponse(await this.findVisible(this.dataSource.manager, principal, id));
  }

  /** A visible organization (else 404), changed only as `ORGANIZATION_CHANGES` allows (else 403). */
  async update(principal: Principal, id: string, dto: UpdateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await this.findVisible(em, principal, id, true);
      if (!ORGANIZATION_CHANGES.allows(scopeOf(principal), org, { changesStatus: dto.status !== undefined })) {
        throw new ForbiddenError('ORGANIZATION_EDIT_RESTRICTED', 'You may not change this organization');
      }
      const before = OrganizationResponseDto.from(org);
      // Only what differs is written (and `updated_at` stamped), as saving the entity did.
      const changes: OrganizationChanges = {
        name: dto.name !== undefined && dto.name !== org.name ? dto.name : undefined,
        status: dto.status !== undefined && dto.status !== org.status ? dto.status : undefined,
      };
      const saved = changes.name !== undefined || changes.status !== undefined ? await updateOrganization(em, org.id, changes) : org;
      await this.audit.record(em, principal, {
        action: dto.status && dto.status !== before.status ? `organization.${dto.status === 'suspended' ? 'suspend' : 'reactivate'}` : 'organization.update',
        entityType: 'organization',
        entityId: org.id,
        organizationId: org.id,
        before,
        after: OrganizationResponseDto.from(saved),
        reason: dto.reason,
      });
      return this.toResponse(saved);
    });
  }

  /** An organization the principal may see, or 404 (never 403, so ids cannot be probed). */
  async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<Organization> {
    const org = await visibleOrganization(em, ORGANIZATIONS.where(scopeOf(principal), 'o'), id, lock);
    if (!org) throw new NotFoundError('Organization');
    return org;
  }

  private toResponse(o: Organization): OrganizationResponseDto {
    return OrganizationResponseDto.from(o, findRegion(o.regionCode)?.name);
  }
}

/**
 * Out-of-province enterprises, branches and dispatch agencies are normal, so a valid credit code
 * registered in another province is accepted; the record keeps the mismatch for a second look.
 */
export function creditCodeWarnings(creditCode: string | undefined, regionCode: string): OrganizationWarning[] {
  const check = creditCode ? validateCreditCode(creditCode) : null;
  if (!check?.valid || check.regionCode.slice(0, 2) === regionCode.slice(0, 2)) return [];
  return [
    {
      code: 'CREDIT_CODE_REGION_MISMATCH',
      field: 'creditCode',
      message: `统一社会信用代码登记地（${check.regionCode}）不在本省 / the credit code was registered in another province (${check.regionCode})`,
    },
  ];
}
