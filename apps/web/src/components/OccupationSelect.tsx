import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../api/client';

/**
 * An occupation of the catalogue, searched on the server by code prefix or name as the user types;
 * the value is its id or its code (`by`). Works inside a Form.Item (value/onChange).
 */
export function OccupationSelect({
  by = 'id',
  value,
  onChange,
  id,
  ariaLabel,
}: {
  by?: 'id' | 'code';
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  ariaLabel?: string;
}) {
  const [search, setSearch] = useState('');
  const occupations = useQuery({
    queryKey: ['occupations', 'search', search],
    placeholderData: (previous) => previous,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations', { params: { query: { q: search || undefined, status: 'active', pageSize: 20 } } })),
  });
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder="输入职业编码或名称搜索"
      loading={occupations.isFetching}
      notFoundContent={occupations.isFetching ? '搜索中…' : '没有符合的职业'}
      options={(occupations.data?.items ?? []).map((o) => ({ value: o[by], label: `${o.nameZh}（${o.code}）` }))}
    />
  );
}
