"""Chinese names in English text, in Wade-Giles and pinyin: the surname first, then a given name of one or two
syllables ("Wang Te-lin", "Ma Yunting", "Liu Baoqing").

Period knowledge: the commonest Chinese surnames in both romanisations, and the shape of a romanised syllable.
A surname of the list before a capitalised word made of one or two syllables, and no English word, is a
person's name.

    chinese_name(["Wang", "Te-lin"])  # True
"""

from __future__ import annotations

import re

from letopis.extract.en_words import dictionary_word

# the commonest surnames, in pinyin and in Wade-Giles (and the postal spellings of the period)
CHINESE_SURNAMES: frozenset[str] = frozenset("""
Wang Li Zhang Chang Liu Chen Ch'en Yang Huang Hwang Zhao Chao Wu Zhou Chou Xu Hsu Hsü Sun Ma Zhu Chu Hu
Guo Kuo He Ho Gao Kao Lin Luo Lo Zheng Cheng Liang Xie Hsieh Song Sung Tang T'ang Han Feng Deng Teng Cao
Ts'ao Tsao Peng P'eng Zeng Tseng Xiao Hsiao Tian T'ien Dong Tung Pan P'an Yuan Cai Ts'ai Tsai Jiang Chiang
Yu Du Tu Ye Yeh Wei Su Lu Lü Ding Ting Ren Jen Shen Yao Jin Chin Sheng Bai Pai Mao Qiu Ch'iu Kong K'ung Yan
Yen Fu Zuo Tso Qian Ch'ien Meng Xiong Hsiung Shi Shih Zou Tsou Duan Tuan Lei Hou Long Lung Wan Gu Ku Kang
K'ang Mo Qin Ch'in Dai Tai Fang Cui Ts'ui Tan T'an Yin Tao T'ao Ge Ko Fan Niu Jia Chia Xia Hsia Zhong Chung
""".split())

# a romanised syllable: an initial, a vowel cluster and a final (and the finals of Cantonese spellings: Kai-shek)
_SYLLABLE = r"(?:ch'?|sh|zh|hs|ts'?|tz|[bcdfghjklmnpqrstwxyz]'?)?[aeiouü]{1,3}(?:ng|n|rh|r|k|t|p)?"
_GIVEN = re.compile(rf"{_SYLLABLE}(?:-?{_SYLLABLE})?", re.IGNORECASE)


def chinese_name(words: list[str]) -> bool:
    """A Chinese surname of the list and a romanised given name of one or two syllables."""
    if len(words) != 2 or words[0] not in CHINESE_SURNAMES or not words[1][:1].isupper():
        return False
    given = words[1]
    return _GIVEN.fullmatch(given) is not None and given[1:] == given[1:].lower() and not dictionary_word(given)
