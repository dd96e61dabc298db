# Build Hearth for Windows. WRITTEN, NOT YET TESTED: this project's build machines are
# Linux; see packaging/README.md. Needs Python 3.11+ (python.org, "py" launcher), and
# Visual Studio Build Tools with "Desktop development with C++" plus CMake, to compile
# llama.cpp. Run from the repository root:  powershell -File packaging\build-windows.ps1
$ErrorActionPreference = "Stop"
$Build = "build\package"; $Venv = "$Build\venv"; $Stage = "$Build\stage"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Venv, $Stage, "$Build\work"
py -3.11 -m venv $Venv
$Py = "$Venv\Scripts\python.exe"
# Exactly requirements\lock-bundle.txt, hash-checked (what requirements/install.sh does
# on Linux and macOS): llama.cpp from its locked source, portable (no -march=native).
$env:CMAKE_ARGS = "-DGGML_NATIVE=OFF"
$Lock = "requirements\lock-bundle.txt"
$Llama = (Select-String -Path $Lock -Pattern '^llama-cpp-python==' -Context 0,20).Context.PostContext |
  Where-Object { $_ -match '--hash' } | ForEach-Object { $_.Trim().TrimEnd('\').Trim() }
$LlamaPin = (Select-String -Path $Lock -Pattern '^(llama-cpp-python==[^ ;]+)').Matches[0].Groups[1].Value
Set-Content -Path "$Build\llama.txt" -Value ("$LlamaPin " + ($Llama -join ' '))
& $Py -m pip install --no-deps --no-binary llama-cpp-python --require-hashes -r "$Build\llama.txt"
& $Py -m pip install --no-deps --require-hashes -r $Lock
& $Py -m pip install --no-deps --no-build-isolation .
New-Item -ItemType Directory -Force "$Stage\data" | Out-Null
$env:HEARTH_DATA_DIR = "$PWD\$Stage\data"; $env:HEARTH_CONFIG_DIR = "$PWD\$Stage\config"
& "$Venv\Scripts\assistant.exe" models install
Remove-Item Env:HEARTH_DATA_DIR, Env:HEARTH_CONFIG_DIR
Move-Item "$Stage\data\models" "$Stage\models"
Get-ChildItem -Recurse "$Stage\models" -Filter installed.json | Remove-Item
& $Py packaging\collect_licenses.py "$Stage\licenses"
$env:HEARTH_STAGE_MODELS = "$PWD\$Stage\models"; $env:HEARTH_STAGE_LICENSES = "$PWD\$Stage\licenses"
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath dist --workpath "$Build\work" packaging\hearth.spec
Copy-Item LICENSE dist\hearth\LICENSE
$Version = & $Py -c "import hearth.assistant as a; print(a.__version__)"
Compress-Archive -Force dist\hearth "dist\hearth-$Version-windows-x86_64.zip"
Write-Host "Built dist\hearth (Hearth.exe: the window; assistant.exe: the command line)."
