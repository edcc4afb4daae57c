import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, messageOf, NetworkError } from '../api/problem';

/** Loading, error (with retry) and empty states of a list or page, in one place. */
export function QueryState<T>(props: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  empty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data as T;
  if (props.empty?.(data)) return <Empty description={props.emptyText ?? '暂无数据'} />;
  return <>{props.children(data)}</>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 404) {
    return <Empty description={`未找到：${messageOf(error)}`} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={error instanceof NetworkError ? '网络连接失败' : '加载失败'}
      description={messageOf(error)}
      action={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
