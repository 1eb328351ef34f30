; Inno Setup script: Rapport setup .exe with Start menu entry, icon and uninstaller.
; User data lives in %LOCALAPPDATA%\Rapport and is kept on uninstall and upgrade.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
[Setup]
AppId={{6A0C2F7E-3C1B-4E0B-9C8D-52A1D3F0B7A4}
AppName=Rapport
AppVersion={#AppVersion}
AppPublisher=Rapport
DefaultDirName={autopf}\Rapport
DefaultGroupName=Rapport
OutputDir=..\..\dist
OutputBaseFilename=rapport-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\rapport.ico
UninstallDisplayIcon={app}\rapport.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\rapport\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Rapport"; Filename: "{app}\rapport.exe"
Name: "{group}\Uninstall Rapport"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Rapport"; Filename: "{app}\rapport.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\rapport.exe"; Description: "{cm:LaunchProgram,Rapport}"; Flags: nowait postinstall skipifsilent
