import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { ErrorState } from '../components/QueryState';
import './verify.css';

const NUMBER = /^[YS]\d{21}$/;

/** 证书查验: anyone, without signing in, checks a certificate by its number and the holder's name. */
export default function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<{ number: string; name: string }>();
  const number = params.get('number')?.trim().toUpperCase() ?? '';
  const name = params.get('name')?.trim() ?? '';
  const ready = NUMBER.test(number) && name.length > 0;

  useEffect(() => form.setFieldsValue({ number, name }), [form, number, name]);

  const query = useQuery({
    queryKey: ['verify', number, name],
    enabled: ready,
    retry: false,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/public/certificates/{number}', { params: { path: { number }, query: { name } } })),
  });

  return (
    <main className="verify">
      {/* A scanned QR code arrives with both filled in: the answer comes first. */}
      {ready && (
        <Card className="verify__card verify__result" aria-live="polite">
          {query.isPending ? (
            <Spin />
          ) : query.isError ? (
            query.error instanceof ApiError && query.error.status === 404 ? (
              <Result
                icon={<QuestionCircleFilled style={{ color: '#9ca3af' }} />}
                title="未查到该证书"
                subTitle="请核对证书编号和持证人姓名是否与证书一致。"
              />
            ) : (
              <ErrorState error={query.error} onRetry={() => void query.refetch()} />
            )
          ) : (
            <>
              {query.data.status === 'valid' ? (
                <Result status="success" icon={<CheckCircleFilled />} title="证书有效" subTitle="该证书由评价机构颁发，信息如下。" />
              ) : (
                <Result
                  status="error"
                  icon={<CloseCircleFilled />}
                  title="证书已撤销"
                  subTitle={query.data.revokedOn ? `该证书已于 ${query.data.revokedOn} 撤销，不再有效。` : '该证书已撤销，不再有效。'}
                />
              )}
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label="证书编号">{query.data.certificateNumber}</Descriptions.Item>
                <Descriptions.Item label="姓名">{query.data.holderName}</Descriptions.Item>
                <Descriptions.Item label="职业（工种）">
                  {query.data.occupationName}
                  {query.data.workType && query.data.workType !== '--' ? `（${query.data.workType}）` : ''}
                </Descriptions.Item>
                <Descriptions.Item label="职业技能等级">{query.data.levelLabel}</Descriptions.Item>
                <Descriptions.Item label="评价机构">{query.data.issuingBody}</Descriptions.Item>
                <Descriptions.Item label="发证日期">{query.data.issuedOn}</Descriptions.Item>
                <Descriptions.Item label="状态">{query.data.status === 'valid' ? '有效' : '已撤销'}</Descriptions.Item>
              </Descriptions>
            </>
          )}
        </Card>
      )}
      <Card className="verify__card">
        <Typography.Title level={3} className="verify__title">
          职业技能等级证书查验
        </Typography.Title>
        <Typography.Paragraph type="secondary">输入证书编号和持证人姓名，核验证书真伪与状态。</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => setParams({ number: values.number.trim().toUpperCase(), name: values.name.trim() })}
        >
          <Form.Item
            label="证书编号"
            name="number"
            rules={[
              { required: true, message: '请输入证书编号' },
              { pattern: /^\s*[YySs]\d{21}\s*$/, message: '证书编号为22位：字母Y或S加21位数字' },
            ]}
          >
            <Input size="large" inputMode="text" autoCapitalize="characters" placeholder="如 Y000014000123261000001" maxLength={30} />
          </Form.Item>
          <Form.Item label="持证人姓名" name="name" rules={[{ required: true, whitespace: true, message: '请输入持证人姓名' }]}>
            <Input size="large" maxLength={100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={query.isFetching}>
            查验
          </Button>
        </Form>
      </Card>
      <p className="verify__foot">
        <Link to="/login">工作人员登录</Link>
      </p>
    </main>
  );
}
