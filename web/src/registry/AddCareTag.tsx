import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCareTag } from '../api/registry';
import { errorText } from '../i18n/errorText';

/** An administrator adds a care group of the city's own (退役军人, 留守儿童, …) beside the built-in five. */
export function AddCareTag() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const add = useMutation({
    mutationFn: addCareTag,
    onSuccess: () => {
      setCode('');
      setLabel('');
      void client.invalidateQueries({ queryKey: ['registry'] });
    },
  });
  return (
    <Flex vertical gap={6}>
      {add.error !== null && <Alert type="error" showIcon title={errorText(t, add.error)} />}
      <Flex gap={8} wrap>
        <Input
          style={{ width: 160 }}
          placeholder={t('registry.tagLabel')}
          value={label}
          maxLength={30}
          onChange={(e) => setLabel(e.target.value)}
          data-testid="care-tag-label"
        />
        <Input
          style={{ width: 160 }}
          placeholder={t('registry.tagCode')}
          value={code}
          maxLength={40}
          onChange={(e) => setCode(e.target.value.trim())}
          data-testid="care-tag-code"
        />
        <Button
          disabled={!code || !label.trim()}
          loading={add.isPending}
          onClick={() => add.mutate({ code, label: label.trim() })}
          data-testid="care-tag-add"
        >
          {t('registry.addTag')}
        </Button>
      </Flex>
    </Flex>
  );
}
