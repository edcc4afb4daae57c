import { Injectable } from '@nestjs/common';
import { Clock, Principal } from '@skill-ladder/platform';
import { WorkersService } from '@skill-ladder/workforce';
import { EligibilityReport, evaluateEligibility } from '../eligibility';
import { EligibilityRequestDto } from '../standards/dto/standard.dto';
import { levelOf, StandardsService } from '../standards/standards.service';
import { currentEmployments, toWorkerFacts } from './worker-facts.mapper';
import { RANK_INFO } from '@skill-ladder/vocabulary';

export interface WorkerEligibilityResponse extends EligibilityReport {
  standardId: string;
  version: number;
  occupationCode: string;
  personId: string;
  rankLabel: string;
}

/** 申报条件审核 of a real worker against a level of a standard version. */
@Injectable()
export class WorkerEligibilityService {
  constructor(
    private readonly workers: WorkersService,
    private readonly standards: StandardsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Scoped twice: the worker through the worker record (HR of the work organization or the
   * employer, the bureau of the region, the worker themself; else 404) and the standard as
   * usual (a worker may also check against a standard of an enterprise they work at).
   */
  async evaluate(principal: Principal, standardId: string, versionNo: number, dto: EligibilityRequestDto): Promise<WorkerEligibilityResponse> {
    const asOf = dto.asOf ?? this.clock.today();
    const record = await this.workers.getRecord(principal, dto.personId);
    const workOrganizations = currentEmployments(record, this.clock.today()).map((e) => e.workOrganizationId);
    const { snapshot, relatedCodes, occupationName } = await this.standards.versionForEligibility(principal, standardId, versionNo, workOrganizations);
    const { definition } = levelOf(snapshot, dto.rank);
    const facts = toWorkerFacts(record, {
      occupationCode: snapshot.occupationCode,
      relatedOccupationCodes: definition.relatedOccupationCodes ?? relatedCodes,
      asOf,
      occupationNames: new Map([[snapshot.occupationCode, occupationName]]),
    });
    const report = evaluateEligibility(definition, facts, asOf);
    return {
      standardId,
      version: snapshot.version,
      occupationCode: snapshot.occupationCode,
      personId: record.id,
      rankLabel: RANK_INFO[dto.rank].labelZh,
      ...report,
    };
  }
}
