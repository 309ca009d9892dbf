; Inno Setup script: the Windows installer around the folder PyInstaller makes from
; packaging/sorakumo-desk.spec (build\dist\sorakumo-desk). Run on Windows:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\sorakumo-desk.iss
;
; .github/workflows/installers.yml does this on a Windows runner. The installer is per-user
; (no administrator rights needed: a counsellor's own laptop), installs to
; %LOCALAPPDATA%\Programs\Sorakumo Desk, and adds a Start-menu entry whose AppUserModelID
; matches the one the program sets (desktop.APP_ID), so the taskbar groups them. The vault
; is never inside the program's folder: uninstalling leaves the records alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Sorakumo Desk"
#define AppId "jp.sorakumo.desk"
#define SourceDir "..\..\build\dist\sorakumo-desk"

[Setup]
AppId={{6E0C3F0B-5A8E-4C8E-9C1D-3B2E7F4A9D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Sorakumo
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build
OutputBaseFilename=sorakumo-desk-{#AppVersion}-setup
SetupIconFile=..\icons\sorakumo-desk.ico
UninstallDisplayIcon={app}\sorakumo-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\sorakumo-desk.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\sorakumo-desk.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\sorakumo-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
