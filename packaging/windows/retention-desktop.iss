; Inno Setup 6 script of Retention Desktop's Windows installer: a per-user install (no administrator),
; Start-menu and desktop shortcuts, an uninstaller that leaves the owner's book and backups alone.
; Made from dist\RetentionDesktop\ (python tools\build.py) as packaging\README.md says:
;   iscc /DAppVersion=0.1.0 packaging\windows\retention-desktop.iss
; The installer goes to dist\RetentionDesktop-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Retention Desktop"
#define Program "RetentionDesktop.exe"
#define Source "..\..\dist\RetentionDesktop"

[Setup]
; The AppId ties updates and the uninstaller to earlier installs: never change it.
AppId={{6F1C3B52-8E0D-4C1B-9B7A-2A4E5D7C9F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user: %LOCALAPPDATA%\Programs\Retention Desktop. Not %LOCALAPPDATA%\RetentionDesktop, which
; holds the book, its backups and the log, and which the uninstaller must not touch.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#Program}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\build\icons\retention-desktop.ico
OutputDir=..\..\dist
OutputBaseFilename=RetentionDesktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running copy is closed (and its book with it) before files are replaced.
CloseApplications=yes
; Code signing: define a sign tool in the IDE (Tools -> Configure Sign Tools) or on the command
; line (iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /f cert.pfx /p PASSWORD $f")
; and uncomment the next line: the installer and its uninstaller are then signed. Sign the two
; .exe files of dist\RetentionDesktop first (packaging\README.md).
;SignTool=signtool

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Arabic wizard texts: Inno Setup's unofficial Arabic.isl (jrsoftware.org/files/istrans/), put in
; the compiler's Languages folder, then uncomment:
;Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#Program}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#Program}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#Program}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed. The book
; (%LOCALAPPDATA%\RetentionDesktop\retention.sqlite3), its backups folder, the log and the settings
; stay, and a later install opens the same book.
