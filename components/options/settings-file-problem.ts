import { t, type MessageKey } from '@/lib/extension/i18n';
import { MAX_HOVER_DELAY_MS } from '@/lib/protocol/settings';
import type { SettingName, SettingsFileProblem } from '@/lib/settings/file';

const NAMES: Record<SettingName, MessageKey> = {
  enabled: 'settingNameEnabled',
  disabledSites: 'settingNameSites',
  hoverDelayMs: 'settingNameDelay',
  language: 'settingNameLanguage',
  palette: 'settingNamePalette',
  colours: 'settingNameColours',
  hiddenKinds: 'settingNameKinds',
  style: 'settingNameStyle',
  figureChecks: 'settingNameFigures',
  history: 'settingNameHistory',
  openPdfsInReader: 'settingNamePdfs',
};

const RULES: Record<SettingName, () => string> = {
  enabled: () => t('settingsRuleEnabled'),
  disabledSites: () => t('settingsRuleSites'),
  hoverDelayMs: () => t('settingsRuleDelay', MAX_HOVER_DELAY_MS),
  language: () => t('settingsRuleLanguage'),
  palette: () => t('settingsRulePalette'),
  colours: () => t('settingsRuleColours'),
  hiddenKinds: () => t('settingsRuleKinds'),
  style: () => t('settingsRuleStyle'),
  figureChecks: () => t('settingsRuleFigures'),
  history: () => t('settingsRuleHistory'),
  openPdfsInReader: () => t('settingsRulePdfs'),
};

/** Why a settings file was refused, as one sentence in the reader's language. */
export function settingsFileProblemText(problem: SettingsFileProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('settingsFileTooLarge', '1 MB');
    case 'not-json':
      return t('settingsFileNotJson');
    case 'not-settings':
      return t('settingsFileNotSettings');
    case 'no-version':
      return t('settingsFileNoVersion');
    case 'no-settings':
      return t('settingsFileNoSettings');
    case 'newer':
      return t('settingsFileNewer', problem.version, 1);
    case 'unknown':
      return t('settingsFileUnknown', problem.name);
    case 'bad':
      return t('settingsFileBad', t(NAMES[problem.setting]), RULES[problem.setting]());
  }
}
