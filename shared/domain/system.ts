export interface SystemInfo {
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  mode: 'desktop' | 'browser';
}
