import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, Clock, ConflictError, DomainError, ForbiddenError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { addDays, compareDates, IsoDate } from '@skill-ladder/vocabulary';
import { StandardVersionComment } from '../entities/standard-version-comment.entity';
import { StandardVersion } from '../entities/standard-version.entity';
import { CommentDto, CommentResponseDto, PublishVersionDto, RequestChangesDto, RetireVersionDto, ReviewStepDto, VersionDetailDto } from './dto/standard.dto';
import { partiesOf } from './standard-parties';
import { assertValidLevels, StandardsRepository, toCommentResponse, versionAuditView } from './standards.repository';
import { mayPerform, nextVersionStatus, VERSION_TRANSITIONS, VersionAction } from './version-workflow';
import type { ErrorCode } from '@skill-ladder/platform';

/**
 * The review of a version between its owner and the bureau covering the owner: submit,
 * withdraw, request changes, approve, publish (ending the version in force the day before),
 * retire; and the comment thread each step writes to.
 */
@Injectable()
export class StandardReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: StandardsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  submit(principal: Principal, standardId: string, versionNo: number, dto: ReviewStepDto) {
    return this.transition(principal, standardId, versionNo, 'submit', dto.comment);
  }

  withdraw(principal: Principal, standardId: string, versionNo: number, dto: ReviewStepDto) {
    return this.transition(principal, standardId, versionNo, 'withdraw', dto.comment);
  }

  requestChanges(principal: Principal, standardId: string, versionNo: number, dto: RequestChangesDto) {
    return this.transition(principal, standardId, versionNo, 'request_changes', dto.comment, { fieldPath: dto.fieldPath });
  }

  approve(principal: Principal, standardId: string, versionNo: number, dto: ReviewStepDto) {
    return this.transition(principal, standardId, versionNo, 'approve', dto.comment);
  }

  publish(principal: Principal, standardId: string, versionNo: number, dto: PublishVersionDto) {
    return this.transition(principal, standardId, versionNo, 'publish', dto.comment, { date: dto.effectiveFrom });
  }

  retire(principal: Principal, standardId: string, versionNo: number, dto: RetireVersionDto) {
    return this.transition(principal, standardId, versionNo, 'retire', dto.comment, { date: dto.retiredOn });
  }

  async listComments(principal: Principal, standardId: string, versionNo: number): Promise<CommentResponseDto[]> {
    const em = this.dataSource.manager;
    await this.repo.findVisible(em, principal, standardId);
    const version = await this.repo.findVersion(em, standardId, versionNo);
    const rows = await em.getRepository(StandardVersionComment).find({ where: { versionId: version.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toCommentResponse);
  }

  /** A remark in the thread, by the owner side or the reviewer, in any status. */
  async addComment(principal: Principal, standardId: string, versionNo: number, dto: CommentDto): Promise<CommentResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.repo.findVisible(em, principal, standardId);
      if (partiesOf(principal, visible).length === 0) {
        throw new ForbiddenError('STANDARD_ACTION_NOT_ALLOWED', 'Only the owner of the standard and its reviewing bureau take part in the review thread');
      }
      const version = await this.repo.findVersion(em, standardId, versionNo);
      const comment = await this.repo.insertComment(em, principal, version, null, dto.body, dto.fieldPath ?? null);
      await this.audit.record(em, principal, {
        action: 'standard_version.comment',
        entityType: 'standard_version',
        entityId: version.id,
        organizationId: visible.standard.organizationId,
        after: { commentId: comment.id, fieldPath: comment.fieldPath },
      });
      return toCommentResponse(comment);
    });
  }


  private async transition(
    principal: Principal,
    standardId: string,
    versionNo: number,
    action: VersionAction,
    comment: string | undefined,
    options: { date?: IsoDate; fieldPath?: string } = {},
  ): Promise<VersionDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.repo.findVisible(em, principal, standardId);
      const parties = partiesOf(principal, visible);
      if (!mayPerform(action, parties)) {
        throw new ForbiddenError(
          'STANDARD_ACTION_NOT_ALLOWED',
          VERSION_TRANSITIONS[action].by.includes('reviewer') && !VERSION_TRANSITIONS[action].by.includes('owner')
            ? 'Only the bureau whose region covers the owner reviews this standard'
            : 'Only the owner of the standard (or the bureau acting for it) may do this',
        );
      }
      await this.repo.lockStandard(em, standardId);
      const version = await this.repo.findVersion(em, standardId, versionNo, true);
      const next = nextVersionStatus(version.status, action);
      if (!next) throw new ConflictError('INVALID_TRANSITION', `Cannot ${action.replace('_', ' ')} a version that is ${version.status}`);
      if (VERSION_TRANSITIONS[action].commentRequired && !comment) {
        throw new UnprocessableError('COMMENT_REQUIRED', 'This step needs a comment', [{ field: 'comment', code: 'required', message: '请填写意见 / a comment is required' }]);
      }
      const before = versionAuditView(version);
      const now = this.clock.now();
      const today = this.clock.today();
      switch (action) {
        case 'submit':
          assertValidLevels(version.levels);
          version.submittedBy = principal.userId;
          version.submittedAt = now;
          break;
        case 'request_changes':
        case 'approve':
          if (action === 'approve' && version.submittedBy === principal.userId) {
            throw new ForbiddenError('SELF_APPROVAL', 'The one who submitted a version cannot approve it');
          }
          version.reviewedBy = principal.userId;
          version.reviewedAt = now;
          break;
        case 'publish': {
          const from = options.date ?? today;
          if (compareDates(from, today) < 0) throw dateError('effectiveFrom', 'EFFECTIVE_DATE_IN_PAST', '生效日期不得早于今天 / cannot take effect in the past');
          const latest = await this.repo.latestEffectiveFrom(em, standardId);
          if (latest && compareDates(from, latest) <= 0) {
            throw dateError('effectiveFrom', 'EFFECTIVE_DATE_NOT_AFTER_CURRENT', `须晚于现行版本的生效日期 ${latest} / must be after ${latest}`);
          }
          // The version in force until now ends the day before; history stays as it was.
          await this.repo.endVersionsInForce(em, standardId, from);
          version.effectiveFrom = from;
          version.effectiveTo = null;
          version.publishedBy = principal.userId;
          version.publishedAt = now;
          break;
        }
        case 'retire': {
          const on = options.date ?? today;
          if (compareDates(on, today) < 0) throw dateError('retiredOn', 'RETIRE_DATE_IN_PAST', '废止日期不得早于今天 / cannot retire in the past');
          const lastDay = addDays(on, -1);
          const floor = addDays(version.effectiveFrom as string, -1);
          const end = compareDates(lastDay, floor) < 0 ? floor : lastDay;
          if (version.effectiveTo === null || compareDates(end, version.effectiveTo) < 0) version.effectiveTo = end;
          version.retiredBy = principal.userId;
          version.retiredAt = now;
          break;
        }
        case 'withdraw':
          break;
      }
      version.status = next;
      const saved = await em.getRepository(StandardVersion).save(version);
      await this.repo.insertComment(em, principal, saved, action, comment ?? null, options.fieldPath ?? null);
      await this.audit.record(em, principal, {
        action: `standard_version.${action}`,
        entityType: 'standard_version',
        entityId: saved.id,
        organizationId: visible.standard.organizationId,
        before,
        after: versionAuditView(saved),
        reason: comment ?? null,
      });
      return this.repo.toDetail(em, saved, parties);
    });
  }
}

function dateError(field: string, code: ErrorCode, message: string): DomainError {
  return new UnprocessableError(code, message, [{ field, code, message }]);
}
