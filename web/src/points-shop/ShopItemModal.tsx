import type { ShopItem, ShopItemInput, ShopItemPatch } from '@needle/contract';
import { App, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../common/FormModal';
import { useRegionTree } from '../map/regionQueries';
import { usePartnerUnits } from '../partners/partnerQueries';
import { useCreateItem, useUpdateItem } from './shopQueries';
import { type ItemFormValues, itemPatch, shopRegions } from './shopRules';

/** Name, description, price and stock: what both adding and editing an item ask. */
function ItemFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="name"
        label={t('shop.form.name')}
        rules={[{ required: true, whitespace: true, max: 100, message: t('shop.form.nameRequired') }]}
      >
        <Input maxLength={100} data-testid="shop-item-name" />
      </Form.Item>
      <Form.Item name="description" label={t('shop.form.description')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="shop-item-description" />
      </Form.Item>
      <Form.Item
        name="points"
        label={t('shop.form.points')}
        rules={[
          { required: true, type: 'integer', min: 1, max: 100_000, message: t('shop.form.pointsRequired') },
        ]}
      >
        <InputNumber
          min={1}
          max={100_000}
          precision={0}
          style={{ width: '100%' }}
          data-testid="shop-item-points"
        />
      </Form.Item>
      <Form.Item
        name="stock"
        label={t('shop.form.stock')}
        rules={[
          { required: true, type: 'integer', min: 0, max: 100_000, message: t('shop.form.stockRequired') },
        ]}
      >
        <InputNumber
          min={0}
          max={100_000}
          precision={0}
          style={{ width: '100%' }}
          data-testid="shop-item-stock"
        />
      </Form.Item>
    </>
  );
}

interface NewItemValues extends Omit<ItemFormValues, 'active'> {
  regionCode?: string;
  partnerUnitId: string;
}

/**
 * 添加商品: on the shop of a community or street the user keeps (their own unless they choose), from a
 * partner unit of the alliances, as the lists' claims choose theirs; the server checks the unit serves there.
 */
export function NewItemModal({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const tree = useRegionTree();
  const regions = shopRegions(tree.data);
  const root = tree.data;
  // A street's or a community's own staff may leave the region out; the city's must name one.
  const ownShop = root !== undefined && (root.level === 'street' || root.level === 'community');
  const partners = usePartnerUnits(new Date().getFullYear());
  const create = useCreateItem();
  return (
    <FormModal<NewItemValues, ShopItemInput, ShopItem>
      title={t('shop.form.addTitle')}
      testId="shop-item"
      mutation={create}
      onDone={onDone}
      onCancel={onCancel}
      initialValues={{ regionCode: ownShop ? root?.code : undefined, stock: 0 }}
      toVariables={({ regionCode, partnerUnitId, name, description, points, stock }) => ({
        ...(regionCode ? { regionCode } : {}),
        partnerUnitId,
        name: name.trim(),
        ...(description?.trim() ? { description: description.trim() } : {}),
        points,
        stock,
      })}
    >
      {regions.length > 1 && (
        <Form.Item
          name="regionCode"
          label={t('shop.form.region')}
          rules={[{ required: !ownShop, message: t('shop.form.regionRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={regions.map((r) => ({ value: r.code, label: r.label }))}
            data-testid="shop-item-region"
          />
        </Form.Item>
      )}
      <Form.Item
        name="partnerUnitId"
        label={t('shop.form.unit')}
        rules={[{ required: true, message: t('shop.form.unitRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={partners.isPending}
          options={(partners.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="shop-item-unit"
        />
      </Form.Item>
      <ItemFields />
    </FormModal>
  );
}

/** 编辑商品: name, price, stock, offered or not; the merchant and the shop stay as they were. */
export function EditItemModal({
  item,
  onDone,
  onCancel,
}: {
  item: ShopItem;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateItem(item.id);
  return (
    <FormModal<ItemFormValues, ShopItemPatch, ShopItem>
      title={t('shop.form.editTitle')}
      testId="shop-item"
      mutation={update}
      onDone={onDone}
      onCancel={onCancel}
      initialValues={{
        name: item.name,
        description: item.description,
        points: item.points,
        stock: item.stock,
        active: item.active,
      }}
      toVariables={(values) => {
        const patch = itemPatch(item, values);
        if (!patch) void message.info(t('shop.form.nothingChanged'));
        return patch;
      }}
    >
      <Typography.Paragraph type="secondary" data-testid="shop-item-merchant">
        {t('shop.item.merchant', { name: item.partnerUnitName })} · {item.regionName}
      </Typography.Paragraph>
      <ItemFields />
      <Form.Item name="active" label={t('shop.form.active')} valuePropName="checked">
        <Switch data-testid="shop-item-active" />
      </Form.Item>
    </FormModal>
  );
}
