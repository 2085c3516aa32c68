import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type="text"
      size="small"
      aria-label={t('language.switchLabel')}
      onClick={() => void changeLanguage(next)}
      data-testid="lang-switch"
    >
      {t('language.switchTo')}
    </Button>
  );
}
