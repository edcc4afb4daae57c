import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { OrganizationsService } from '@skill-ladder/identity';
import { AuditService, ConflictError, ForbiddenError, NotFoundError, Principal, scopeOf, UnprocessableError } from '@skill-ladder/platform';
import { ENTERPRISE_TIER_CHANGES } from '../standards-scope';
import { EnterpriseTier } from '../entities/enterprise-tier.entity';
import { CreateEnterpriseTierDto, EnterpriseTierResponseDto, UpdateEnterpriseTierDto } from './dto/enterprise-tier.dto';
import { rankOrder } from '@skill-ladder/vocabulary';

/**
 * An enterprise's own tiers (技能专家, 一级技师/二级技师 …). Each states the national rank it
 * equals. Whoever may see the enterprise reads them; its HR maintains them.
 */
@Injectable()
export class EnterpriseTiersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /** Ordered as the ladder: national rank, then sub-order within it. */
  async list(principal: Principal, organizationId: string): Promise<EnterpriseTierResponseDto[]> {
    await this.organizations.findVisible(this.dataSource.manager, principal, organizationId);
    const tiers = await this.dataSource.getRepository(EnterpriseTier).findBy({ organizationId });
    return tiers
      .sort((a, b) => Number(a.status === 'retired') - Number(b.status === 'retired') || rankOrder(a.nationalRank) - rankOrder(b.nationalRank) || a.subOrder - b.subOrder)
      .map(EnterpriseTierResponseDto.from);
  }

  async create(principal: Principal, organizationId: string, dto: CreateEnterpriseTierDto): Promise<EnterpriseTierResponseDto> {
    return this.write(async (em) => {
      await this.assertOwnEnterprise(em, principal, organizationId);
      const repo = em.getRepository(EnterpriseTier);
      const saved = await repo.save(
        repo.create({
          organizationId,
          name: dto.name,
          nationalRank: dto.nationalRank,
          subOrder: dto.subOrder ?? 0,
          description: dto.description ?? null,
          createdBy: principal.userId,
        }),
      );
      const after = EnterpriseTierResponseDto.from(saved);
      await this.audit.record(em, principal, { action: 'enterprise_tier.create', entityType: 'enterprise_tier', entityId: saved.id, organizationId, after });
      return after;
    });
  }

  async update(principal: Principal, organizationId: string, tierId: string, dto: UpdateEnterpriseTierDto): Promise<EnterpriseTierResponseDto> {
    return this.write(async (em) => {
      await this.assertOwnEnterprise(em, principal, organizationId);
      const tier = await em.getRepository(EnterpriseTier).findOne({ where: { id: tierId, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!tier) throw new NotFoundError('Enterprise tier');
      const before = EnterpriseTierResponseDto.from(tier);
      if (dto.name !== undefined) tier.name = dto.name;
      if (dto.nationalRank !== undefined) tier.nationalRank = dto.nationalRank;
      if (dto.subOrder !== undefined) tier.subOrder = dto.subOrder;
      if (dto.description !== undefined) tier.description = dto.description;
      if (dto.status !== undefined) tier.status = dto.status;
      const saved = await em.getRepository(EnterpriseTier).save(tier);
      const after = EnterpriseTierResponseDto.from(saved);
      await this.audit.record(em, principal, {
        action: dto.status && dto.status !== before.status ? `enterprise_tier.${dto.status === 'retired' ? 'retire' : 'reactivate'}` : 'enterprise_tier.update',
        entityType: 'enterprise_tier',
        entityId: tierId,
        organizationId,
        before,
        after,
        reason: dto.reason ?? null,
      });
      return after;
    });
  }

  /** 404 for an enterprise out of sight (HR of another one never gets past it); 403 unless its HR (`ENTERPRISE_TIER_CHANGES`). */
  private async assertOwnEnterprise(em: EntityManager, principal: Principal, organizationId: string): Promise<void> {
    const org = await this.organizations.findVisible(em, principal, organizationId);
    if (!ENTERPRISE_TIER_CHANGES.allows(scopeOf(principal), { organizationId: org.id })) {
      throw new ForbiddenError('TIERS_MAINTAINED_BY_HR', 'An enterprise’s HR maintains its tiers');
    }
    if (org.kind !== 'enterprise') {
      throw new UnprocessableError('TIERS_FOR_ENTERPRISES_ONLY', 'Only enterprises define technician tiers');
    }
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === 'enterprise_tiers_name_uq') throw new ConflictError('TIER_NAME_TAKEN', 'An active tier with this name exists');
      if (constraint === 'enterprise_tiers_position_uq') {
        throw new ConflictError('TIER_POSITION_TAKEN', 'Another active tier has this national rank and sub-order; give it another sub-order');
      }
      throw error;
    }
  }
}
