import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { components } from '../../api/schema';
import { FormModal, ReasonField } from '../../components/FormModal';
import { TITLE_GRADE_ZH, TITLE_SERIES_ZH } from '../admin/title-labels';
import { WorkerPicker } from '../promotions/shared';
import { useLadder } from '../worker/usePerson';
import { AWARD_LEVEL_ZH, EDUCATION_ZH, EMPLOYMENT_TYPE_ZH, HONOR_KIND_ZH, INNOVATION_KIND_ZH, optionsOf } from './labels';

type WorkerRecord = components['schemas']['WorkerRecordDto'];
type Employment = components['schemas']['EmploymentRecordDto'];
type Account = components['schemas']['UserResponseDto'];
type S = components['schemas'];

/** Which dialog of the worker page is open. */
export type RecordDialog =
  | { kind: 'details' }
  | { kind: 'credential' }
  | { kind: 'title' }
  | { kind: 'training' }
  | { kind: 'relation' }
  | { kind: 'honor' }
  | { kind: 'innovation' }
  | { kind: 'add-employment' }
  | { kind: 'end-employment'; employment: Employment }
  | { kind: 'open-account' }
  | { kind: 'account-status'; account: Account; status: 'active' | 'disabled' };

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const optionalDay = (d: Dayjs | null | undefined) => (d ? day(d) : undefined);
const required = (message: string) => [{ required: true, whitespace: true, message }];
const requiredPick = (message: string) => [{ required: true, message }];
const notAfterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');
/** A blank optional text is left out, so the API keeps its own "absent" meaning. */
const blankless = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

function DateField({ name, label, message }: { name: string; label: string; message?: string }) {
  return (
    <Form.Item name={name} label={label} rules={message ? requiredPick(message) : []}>
      <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
    </Form.Item>
  );
}

/**
 * The employment rules answer with the paths of worker registration (`employment.hiredOn`); this
 * form holds the employment at its root, so the prefix goes before the errors are placed.
 */
function unwrapAtRoot<T>(result: { data?: T; error?: unknown; response: Response }): T {
  try {
    return unwrap(result);
  } catch (error) {
    if (error instanceof ApiError && error.problem.errors) {
      throw new ApiError({ ...error.problem, errors: error.problem.errors.map((e) => ({ ...e, field: e.field.replace(/^employment\./, '') })) });
    }
    throw error;
  }
}

/** 职业: searched in the occupation catalogue by code prefix or name. */
function OccupationPicker({ value, onChange, id }: { value?: string; onChange?: (code: string) => void; id?: string }) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['occupations', 'picker', q],
    enabled: q.length > 0,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations', { params: { query: { q, pageSize: 20, status: 'active' } } })),
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (v) => setQ(v.trim()) }}
      value={value}
      onChange={onChange}
      placeholder="输入职业名称或编码查找"
      notFoundContent={q ? (found.isFetching ? '查找中…' : '没有找到') : '输入职业名称或编码'}
      options={(found.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.nameZh} ${o.code}` }))}
    />
  );
}

/**
 * The dialogs through which HR changes a worker's record (职工档案): each one form, one request,
 * the API's field errors under the fields.
 */
export function RecordDialogs({ worker, dialog, onClose }: { worker: WorkerRecord; dialog: RecordDialog | null; onClose: () => void }) {
  const id = worker.id;
  const path = { params: { path: { id } } };
  const invalidate = ['worker', id] as const;
  const ladder = useLadder();
  const rankOptions = (ladder.data ?? []).filter((r) => r.code !== 'apprentice').map((r) => ({ value: r.code, label: r.labelZh }));
  const common = { onClose, invalidate };

  return (
    <>
      <FormModal<{ fullName: string; phone?: string; education?: S['UpdateWorkerDto']['education']; graduatedOn?: Dayjs | null; apprenticeshipCompletedOn?: Dayjs | null; reason?: string }>
        {...common}
        open={dialog?.kind === 'details'}
        title="修改基本信息"
        done="基本信息已保存"
        okText="保存"
        initialValues={{
          fullName: worker.fullName,
          phone: worker.phone ?? undefined,
          education: worker.education ?? undefined,
          graduatedOn: worker.graduatedOn ? dayjs(worker.graduatedOn) : undefined,
          apprenticeshipCompletedOn: worker.apprenticeshipCompletedOn ? dayjs(worker.apprenticeshipCompletedOn) : undefined,
        }}
        submit={async (v) => {
          // Only what changed is sent, so the audit event names just those fields.
          const changed = <T,>(value: T | undefined, current: T | null) => (value !== undefined && value !== current ? value : undefined);
          return unwrap(
            await api.PATCH('/api/v1/workers/{id}', {
              ...path,
              body: {
                fullName: changed(v.fullName.trim(), worker.fullName),
                phone: changed(blankless(v.phone), worker.phone),
                education: changed(v.education, worker.education),
                graduatedOn: changed(optionalDay(v.graduatedOn), worker.graduatedOn),
                apprenticeshipCompletedOn: changed(optionalDay(v.apprenticeshipCompletedOn), worker.apprenticeshipCompletedOn),
                reason: blankless(v.reason),
              },
            }),
          );
        }}
      >
        <Form.Item name="fullName" label="姓名" rules={required('请填写姓名')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label="手机号码">
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="education" label="学历">
          <Select options={optionsOf(EDUCATION_ZH)} allowClear />
        </Form.Item>
        <DateField name="graduatedOn" label="毕业日期" />
        <DateField name="apprenticeshipCompletedOn" label="学徒期满日期" />
        <ReasonField label="修改原因（记入审计，可不填）" optional />
      </FormModal>

      <FormModal<{ occupationCode: string; workType?: string; rank: S['AddCredentialDto']['rank']; certificateNumber?: string; issuedOn: Dayjs; issuerName: string }>
        {...common}
        open={dialog?.kind === 'credential'}
        title="录入已取得的技能等级证书"
        done="证书已录入"
        okText="录入"
        submit={async (v) =>
          unwrap(
            await api.POST('/api/v1/workers/{id}/credentials', {
              ...path,
              body: {
                occupationCode: v.occupationCode,
                workType: blankless(v.workType),
                rank: v.rank,
                certificateNumber: blankless(v.certificateNumber),
                issuedOn: day(v.issuedOn),
                issuerName: v.issuerName.trim(),
              },
            }),
          )
        }
      >
        <Form.Item name="occupationCode" label="职业" rules={requiredPick('请选择职业')}>
          <OccupationPicker />
        </Form.Item>
        <Form.Item name="workType" label="工种（可不填）">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="rank" label="等级" rules={requiredPick('请选择等级')}>
          <Select options={rankOptions} loading={ladder.isLoading} />
        </Form.Item>
        <Form.Item name="certificateNumber" label="证书编号（按证书填写）">
          <Input maxLength={40} />
        </Form.Item>
        <DateField name="issuedOn" label="发证日期" message="请选择发证日期" />
        <Form.Item name="issuerName" label="发证机构" rules={required('请填写发证机构')}>
          <Input maxLength={200} placeholder="如：山西省职业技能鉴定指导中心" />
        </Form.Item>
      </FormModal>

      <FormModal<{ series: string; grade: S['AddTitleDto']['grade']; titleName: string; obtainedOn: Dayjs }>
        {...common}
        open={dialog?.kind === 'title'}
        title="录入专业技术职称"
        done="职称已录入"
        okText="录入"
        submit={async (v) =>
          unwrap(
            await api.POST('/api/v1/workers/{id}/titles', {
              ...path,
              body: { series: v.series, grade: v.grade, titleName: v.titleName.trim(), obtainedOn: day(v.obtainedOn) },
            }),
          )
        }
      >
        <Form.Item name="series" label="职称系列" rules={requiredPick('请选择职称系列')}>
          <Select options={optionsOf(TITLE_SERIES_ZH)} />
        </Form.Item>
        <Form.Item name="grade" label="级别" rules={requiredPick('请选择级别')}>
          <Select options={optionsOf(TITLE_GRADE_ZH)} />
        </Form.Item>
        <Form.Item name="titleName" label="职称名称" rules={required('请填写职称名称')}>
          <Input maxLength={60} placeholder="如：助理工程师" />
        </Form.Item>
        <DateField name="obtainedOn" label="取得日期" message="请选择取得日期" />
      </FormModal>

      <FormModal<{ name: string; hours: number; completedOn: Dayjs }>
        {...common}
        open={dialog?.kind === 'training'}
        title="录入培训学时"
        done="培训已录入"
        okText="录入"
        submit={async (v) =>
          unwrap(await api.POST('/api/v1/workers/{id}/trainings', { ...path, body: { name: v.name.trim(), hours: v.hours, completedOn: day(v.completedOn) } }))
        }
      >
        <Form.Item name="name" label="培训名称" rules={required('请填写培训名称')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="hours" label="学时" rules={requiredPick('请填写学时')}>
          <InputNumber min={0.5} max={2000} step={0.5} precision={1} style={{ width: '100%' }} />
        </Form.Item>
        <DateField name="completedOn" label="结业日期" message="请选择结业日期" />
      </FormModal>

      <FormModal<{ relatedPersonId: string; kind: string; note?: string }>
        onClose={onClose}
        invalidate={['worker']}
        open={dialog?.kind === 'relation'}
        title="登记师徒、亲属或上下级关系"
        done="关系已登记"
        okText="登记"
        submit={async (v) => {
          // The API records a relation from the supervisor or master; "the other is this worker's 师傅" is recorded on the other worker.
          const [kind, direction] = v.kind.split(':') as ['relative' | 'supervisor' | 'master', 'out' | 'in'];
          const note = blankless(v.note);
          if (direction === 'in') {
            return unwrap(await api.POST('/api/v1/workers/{id}/relations', { params: { path: { id: v.relatedPersonId } }, body: { relatedPersonId: id, kind, note } }));
          }
          return unwrap(await api.POST('/api/v1/workers/{id}/relations', { ...path, body: { relatedPersonId: v.relatedPersonId, kind, note } }));
        }}
      >
        <Form.Item name="kind" label="关系" rules={requiredPick('请选择关系')}>
          <Select
            options={[
              { value: 'master:out', label: `${worker.fullName} 是对方的师傅` },
              { value: 'master:in', label: `${worker.fullName} 是对方的徒弟` },
              { value: 'relative:out', label: '近亲属' },
              { value: 'supervisor:out', label: `${worker.fullName} 是对方的上级` },
              { value: 'supervisor:in', label: `${worker.fullName} 是对方的下属` },
            ]}
          />
        </Form.Item>
        <Form.Item name="relatedPersonId" label="对方职工" rules={requiredPick('请选择对方职工')}>
          <WorkerPicker />
        </Form.Item>
        <Form.Item name="note" label="备注（可不填）">
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>

      <FormModal<{ kind: S['AddHonorDto']['kind']; level: S['AddHonorDto']['level']; name: string; awardedOn: Dayjs }>
        {...common}
        open={dialog?.kind === 'honor'}
        title="录入荣誉"
        done="荣誉已录入"
        okText="录入"
        submit={async (v) =>
          unwrap(
            await api.POST('/api/v1/workers/{id}/honors', {
              ...path,
              body: { kind: v.kind, level: v.level, name: v.name.trim(), awardedOn: day(v.awardedOn) },
            }),
          )
        }
      >
        <Form.Item name="kind" label="荣誉类别" rules={requiredPick('请选择荣誉类别')}>
          <Select options={optionsOf(HONOR_KIND_ZH)} />
        </Form.Item>
        <Form.Item name="level" label="级别" rules={requiredPick('请选择级别')}>
          <Select options={optionsOf(AWARD_LEVEL_ZH)} />
        </Form.Item>
        <Form.Item name="name" label="荣誉名称" rules={required('请填写荣誉名称')}>
          <Input maxLength={200} placeholder="如：吕梁市技术能手" />
        </Form.Item>
        <DateField name="awardedOn" label="授予日期" message="请选择授予日期" />
      </FormModal>

      <FormModal<{ kind: S['AddInnovationDto']['kind']; title: string; level?: S['AddInnovationDto']['level']; achievedOn: Dayjs }>
        {...common}
        open={dialog?.kind === 'innovation'}
        title="录入技术创新成果"
        done="创新成果已录入"
        okText="录入"
        submit={async (v) =>
          unwrap(
            await api.POST('/api/v1/workers/{id}/innovations', {
              ...path,
              body: {
                kind: v.kind,
                title: v.title.trim(),
                level: v.level,
                achievedOn: day(v.achievedOn),
              },
            }),
          )
        }
      >
        <Form.Item name="kind" label="成果类别" rules={requiredPick('请选择成果类别')}>
          <Select options={optionsOf(INNOVATION_KIND_ZH)} />
        </Form.Item>
        <Form.Item name="title" label="成果名称" rules={required('请填写成果名称')}>
          <Input maxLength={200} placeholder="如：焊缝自动跟踪装置" />
        </Form.Item>
        <Form.Item name="level" label="获奖级别（未获奖可不填）">
          <Select options={optionsOf(AWARD_LEVEL_ZH)} allowClear />
        </Form.Item>
        <DateField name="achievedOn" label="取得日期" message="请选择取得日期" />
      </FormModal>

      <FormModal<{ employmentType: S['EmploymentInputDto']['employmentType']; occupationCode?: string; occupationStartedOn?: Dayjs | null; hiredOn: Dayjs; jobTitle?: string }>
        {...common}
        open={dialog?.kind === 'add-employment'}
        title="新增用工关系"
        done="用工关系已新增"
        okText="新增"
        submit={async (v) =>
          unwrapAtRoot(
            await api.POST('/api/v1/workers/{id}/employments', {
              ...path,
              body: {
                employmentType: v.employmentType,
                occupationCode: v.occupationCode,
                occupationStartedOn: optionalDay(v.occupationStartedOn),
                hiredOn: day(v.hiredOn),
                jobTitle: blankless(v.jobTitle),
              },
            }),
          )
        }
      >
        <Form.Item name="employmentType" label="用工形式" rules={requiredPick('请选择用工形式')} extra="劳务派遣工须写明派遣单位，请通过职工登记或导入办理">
          <Select options={optionsOf(EMPLOYMENT_TYPE_ZH).filter((o) => o.value !== 'dispatched')} />
        </Form.Item>
        <Form.Item name="occupationCode" label="职业（可不填）">
          <OccupationPicker />
        </Form.Item>
        <DateField name="occupationStartedOn" label="从事本职业起（可不填）" />
        <Form.Item name="hiredOn" label="入职日期" rules={requiredPick('请选择入职日期')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="jobTitle" label="岗位（可不填）">
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>

      <FormModal<{ endedOn: Dayjs; reason: string }>
        {...common}
        open={dialog?.kind === 'end-employment'}
        title="结束用工关系"
        done="用工关系已结束"
        okText="结束用工关系"
        danger
        submit={async (v) =>
          dialog?.kind === 'end-employment' &&
          unwrap(
            await api.POST('/api/v1/workers/{id}/employments/{employmentId}/end', {
              params: { path: { id, employmentId: dialog.employment.id } },
              body: { endedOn: day(v.endedOn), reason: v.reason.trim() },
            }),
          )
        }
      >
        <Form.Item name="endedOn" label="离职日期" rules={requiredPick('请选择离职日期')} extra="离职日期过后，若该职工在本单位已无在岗用工关系，本单位将不能再修改其档案">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <ReasonField label="离职原因（记入审计）" />
      </FormModal>

      <FormModal<{ username: string; password: string }>
        {...common}
        open={dialog?.kind === 'open-account'}
        title="开通职工登录账号"
        done="账号已开通"
        okText="开通"
        submit={async (v) => unwrap(await api.POST('/api/v1/workers/{id}/account', { ...path, body: { username: v.username.trim(), password: v.password } }))}
      >
        <Form.Item name="username" label="用户名" rules={required('请填写用户名')} extra="3–64位小写字母、数字或 _ . -">
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label="初始密码" rules={required('请填写初始密码')} extra="至少12位，请当面告知职工">
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        onClose={onClose}
        invalidate={['worker', id, 'account']}
        open={dialog?.kind === 'account-status'}
        title={dialog?.kind === 'account-status' && dialog.status === 'disabled' ? '停用登录账号' : '启用登录账号'}
        done={dialog?.kind === 'account-status' && dialog.status === 'disabled' ? '账号已停用' : '账号已启用'}
        danger={dialog?.kind === 'account-status' && dialog.status === 'disabled'}
        submit={async (v) =>
          dialog?.kind === 'account-status' &&
          unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id: dialog.account.id } }, body: { status: dialog.status, reason: v.reason.trim() } }))
        }
      >
        <ReasonField />
      </FormModal>
    </>
  );
}
