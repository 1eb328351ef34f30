# Build Rapport on Windows: dist\rapport\ (one folder) and, with Inno Setup 6 installed, a setup .exe
# (Start menu entry, icon, uninstaller). Run from a PowerShell prompt: powershell -File packaging\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv)) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -c "import tomllib,subprocess,sys;p=tomllib.load(open('pyproject.toml','rb'))['project'];subprocess.check_call([sys.executable,'-m','pip','install','-q',*p['dependencies'],'pyinstaller>=6.5'])"
& $py packaging\build_translations.py
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging\rapport.spec
$version = & $py -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (Test-Path $iscc) {
  & $iscc "/DAppVersion=$version" packaging\windows\rapport.iss
  Write-Host "built dist\rapport-$version-setup.exe"
} else {
  Write-Host "Inno Setup 6 not found: built dist\rapport\ only (install Inno Setup for the setup .exe)"
}
