//! Chinese for the YAML parser's syntax errors (the parser speaks English only). A message
//! not in the table keeps its English words after a Chinese lead.

/// The parser's messages and their Chinese, word for word in meaning.
const TABLE: &[(&str, &str)] = &[
    (
        "a block scalar content cannot start with a tab",
        "块标量的内容不能以制表符开头",
    ),
    (
        "a byte order mark must not appear inside a document",
        "文档中间不能出现字节顺序标记（BOM）",
    ),
    (
        "block sequence entries are not allowed in this context",
        "这里不能出现块序列的条目（“- ”）",
    ),
    (
        "comment intercepting the multiline text",
        "注释打断了多行文本",
    ),
    (
        "did not find expected <document start>",
        "没有找到应有的文档开始标记",
    ),
    (
        "did not find expected <document-start>",
        "没有找到应有的文档开始标记",
    ),
    (
        "did not find expected <stream-start>",
        "没有找到应有的流开始记号",
    ),
    (
        "did not find expected next token",
        "没有找到应有的下一个记号",
    ),
    ("duplicate version directive", "%YAML 版本指令重复"),
    ("expected whitespace", "这里应当是空白"),
    ("found incompatible YAML document", "不兼容的 YAML 文档版本"),
    ("found unprintable character", "发现不可打印的字符"),
    ("illegal placement of ':' indicator", "“:” 的位置不合法"),
    (
        "invalid content after document end marker",
        "文档结束标记后面有无效内容",
    ),
    ("invalid global tag character", "全局标签中有无效字符"),
    ("invalid indentation for anchor", "锚点的缩进不正确"),
    (
        "invalid indentation in flow construct",
        "流式结构（[ ] 或 { }）中的缩进不正确",
    ),
    (
        "invalid indentation in quoted scalar",
        "引号字符串中的缩进不正确",
    ),
    ("invalid indentation", "缩进不正确"),
    (
        "invalid trailing content after double-quoted scalar",
        "双引号字符串后面有多余的内容",
    ),
    (
        "mapping keys are not allowed in this context",
        "这里不能出现映射的键",
    ),
    (
        "mapping values are not allowed in this context",
        "这里不能出现映射的值（多半是缩进不对，或值中的 “: ” 需要加引号）",
    ),
    ("misplaced bracket", "括号位置不对"),
    (
        "missing explicit document end marker before directive",
        "指令前缺少显式的文档结束标记（...）",
    ),
    (
        "plain scalar cannot start with '-' followed by ,[]{}",
        "不加引号的标量不能以 “-” 紧跟 ,[]{} 中的字符开头",
    ),
    ("recursion limit exceeded", "嵌套层数超过上限"),
    ("simple key expect ':'", "简单键后面应当有 “:”"),
    ("simple key expected", "这里应当是一个简单键"),
    (
        "tab cannot be used as indentation",
        "不能用制表符缩进（YAML 只允许空格）",
    ),
    (
        "tabs disallowed in this context",
        "这里不允许使用制表符（YAML 只允许用空格缩进）",
    ),
    (
        "tabs disallowed within this context (block indentation)",
        "块缩进中不允许使用制表符（YAML 只允许用空格缩进）",
    ),
    (
        "the TAG directive must only be given at most once per handle in the same document",
        "同一文档中，每个句柄的 %TAG 指令最多只能出现一次",
    ),
    ("the handle wasn't declared", "标签句柄没有声明"),
    ("unexpected end of plain scalar", "不加引号的标量意外结束"),
    ("unexpected eof", "文件意外结束"),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        "解析块集合时，没有找到应有的 “-”（缩进可能不一致）",
    ),
    (
        "while parsing a block mapping, did not find expected key",
        "解析块映射时，没有找到应有的键（缩进可能不一致）",
    ),
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        "解析流式映射时，没有找到应有的 “,” 或 “}”",
    ),
    (
        "while parsing a flow sequence, expected ',' or ']'",
        "解析流式序列时，应当是 “,” 或 “]”",
    ),
    (
        "while parsing a node, did not find expected node content",
        "解析节点时，没有找到应有的内容",
    ),
    (
        "while parsing a quoted scalar, did not find expected hexadecimal number",
        "解析引号字符串时，没有找到应有的十六进制数",
    ),
    (
        "while parsing a quoted scalar, found invalid Unicode character escape code",
        "解析引号字符串时，发现无效的 Unicode 转义序列",
    ),
    (
        "while parsing a quoted scalar, found unknown escape character",
        "解析引号字符串时，发现未知的转义字符",
    ),
    (
        "while parsing a tag directive, did not find expected '!'",
        "解析 %TAG 指令时，没有找到应有的 “!”",
    ),
    (
        "while parsing a tag, did not find expected tag URI",
        "解析标签时，没有找到应有的标签 URI",
    ),
    (
        "while parsing a tag, found an incorrect leading UTF-8 byte",
        "解析标签时，发现错误的 UTF-8 首字节",
    ),
    (
        "while parsing a tag, found an incorrect trailing UTF-8 byte",
        "解析标签时，发现错误的 UTF-8 后续字节",
    ),
    (
        "while parsing a tag, found an invalid UTF-8 codepoint",
        "解析标签时，发现无效的 UTF-8 码点",
    ),
    (
        "while parsing a tag, found an invalid escape sequence",
        "解析标签时，发现无效的转义序列",
    ),
    (
        "while parsing anchor, found duplicated anchor",
        "解析锚点时，发现重复的锚点",
    ),
    (
        "while parsing node, found unknown anchor",
        "解析节点时，发现未定义的锚点",
    ),
    (
        "while scanning TAG, did not find expected whitespace or line break",
        "扫描 %TAG 指令时，没有找到应有的空白或换行",
    ),
    (
        "while scanning a YAML directive, did not find expected digit or '.' character",
        "扫描 %YAML 指令时，没有找到应有的数字或 “.”",
    ),
    (
        "while scanning a YAML directive, did not find expected version number",
        "扫描 %YAML 指令时，没有找到应有的版本号",
    ),
    (
        "while scanning a YAML directive, found extremely long version number",
        "扫描 %YAML 指令时，版本号过长",
    ),
    (
        "while scanning a block scalar, did not find expected comment or line break",
        "扫描块标量时，没有找到应有的注释或换行",
    ),
    (
        "while scanning a block scalar, found an indentation indicator equal to 0",
        "扫描块标量时，缩进指示符不能为 0",
    ),
    (
        "while scanning a directive, could not find expected directive name",
        "扫描指令时，找不到应有的指令名",
    ),
    (
        "while scanning a directive, did not find expected comment or line break",
        "扫描指令时，没有找到应有的注释或换行",
    ),
    (
        "while scanning a directive, found unexpected non-alphabetical character",
        "扫描指令时，发现意外的非字母字符",
    ),
    (
        "while scanning a plain scalar, found a tab",
        "扫描不加引号的标量时，发现制表符",
    ),
    (
        "while scanning a quoted scalar, found unexpected document indicator",
        "扫描引号字符串时，发现意外的文档标记",
    ),
    (
        "while scanning a quoted scalar, found unexpected end of stream",
        "扫描引号字符串时，文件意外结束（引号没有闭合）",
    ),
    (
        "while scanning a tag, did not find expected '!'",
        "扫描标签时，没有找到应有的 “!”",
    ),
    (
        "while scanning a tag, did not find expected whitespace or line break",
        "扫描标签时，没有找到应有的空白或换行",
    ),
    (
        "while scanning a verbatim tag, did not find the expected '>'",
        "扫描原样标签时，没有找到应有的 “>”",
    ),
    (
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character",
        "扫描锚点或别名时，没有找到应有的字母或数字",
    ),
    (
        "wrongly indented line in block scalar",
        "块标量中有一行缩进不正确",
    ),
];

/// The Chinese of a parser message.
pub fn zh(message: &str) -> String {
    if let Some((_, zh)) = TABLE.iter().find(|(en, _)| *en == message) {
        return (*zh).to_string();
    }
    if let Some(c) = message
        .strip_prefix("unexpected character: `")
        .and_then(|r| r.strip_suffix('\''))
    {
        return format!("意外的字符：“{c}”");
    }
    format!("（解析器原文）{message}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_chinese() {
        for (en, zh) in TABLE {
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en}"
            );
        }
        assert_eq!(zh("unexpected character: `@'"), "意外的字符：“@”");
        assert!(zh("some new message").contains("some new message"));
    }
}
