const __iu=require('url').pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};

// src/shared/hash.ts
function sha256Hex(data) {
  const { createHash } = requireBuiltin("node:crypto");
  return createHash("sha256").update(data).digest("hex");
}
var import_node_module, requireBuiltin;
var init_hash = __esm({
  "src/shared/hash.ts"() {
    "use strict";
    import_node_module = require("node:module");
    requireBuiltin = (0, import_node_module.createRequire)(__iu);
  }
});

// src/io/read-text.ts
function kindOfEntry(info) {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "not a file";
}
function openRegular(file) {
  const fd = (0, import_node_fs.openSync)(file, OPEN_FOR_READING);
  const info = (0, import_node_fs.fstatSync)(fd);
  if (info.isFile()) return { fd, info };
  (0, import_node_fs.closeSync)(fd);
  return { error: info.isDirectory() ? "is a directory, not a file" : `not a regular file (${kindOfEntry(info)}); not read` };
}
function fileDiagnostic(file, code, message, line = 1, column = 1) {
  return { code, severity: "error", message, file, line, column };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need2 = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need2 < 0) return i;
    for (let k = 1; k <= need2; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    i += need2 + 1;
  }
  return bytes.length;
}
function otherUnicode(bytes) {
  const [a, b, c, d] = bytes;
  if (a === 255 && b === 254 && c === 0 && d === 0) return "UTF-32 (little-endian, with a byte-order mark)";
  if (a === 0 && b === 0 && c === 254 && d === 255) return "UTF-32 (big-endian, with a byte-order mark)";
  if (a === 255 && b === 254) return "UTF-16 (little-endian, with a byte-order mark FF FE)";
  if (a === 254 && b === 255) return "UTF-16 (big-endian, with a byte-order mark FE FF)";
  return void 0;
}
function nulHeavy(text) {
  if (text.indexOf("\0") === -1) return void 0;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if ((even + odd) * 4 < text.length) return void 0;
  return even > odd ? "UTF-16 (big-endian: a NUL byte before each letter)" : "UTF-16 (little-endian: a NUL byte after each letter)";
}
function decodeText(bytes, file) {
  const other = otherUnicode(bytes);
  if (other !== void 0) return { ok: false, diagnostics: [fileDiagnostic(file, "invalid-encoding", saveAsUtf8(other))] };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    const nul = nulHeavy(text);
    if (nul !== void 0) return { ok: false, diagnostics: [fileDiagnostic(file, "invalid-encoding", saveAsUtf8(nul))] };
    return { ok: true, value: text, diagnostics: [] };
  } catch {
    const nul = nulHeavy(Buffer.from(bytes).toString("latin1"));
    if (nul !== void 0) return { ok: false, diagnostics: [fileDiagnostic(file, "invalid-encoding", saveAsUtf8(nul))] };
    const bad = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, bad)).toString("utf8").replace(/^\uFEFF/, "");
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? "").length + 1;
    return { ok: false, diagnostics: [fileDiagnostic(file, "invalid-encoding", `the file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")} at offset ${bad})`, line, column)] };
  }
}
function readTextFileSync(file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let fd;
  let text;
  try {
    const opened = openRegular(file);
    if ("error" in opened) return { ok: false, diagnostics: [fileDiagnostic(file, "file-unreadable", opened.error)] };
    fd = opened.fd;
    const info = opened.info;
    if (info.size <= maxBytes) text = (0, import_node_fs.readFileSync)(fd, "utf8");
  } catch (error) {
    return { ok: false, diagnostics: [fileDiagnostic(file, "file-unreadable", describeFsError(error))] };
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
  if (text !== void 0 && !text.includes("\uFFFD")) {
    const nul = nulHeavy(text);
    if (nul !== void 0) return { ok: false, diagnostics: [fileDiagnostic(file, "invalid-encoding", saveAsUtf8(nul))] };
    return { ok: true, value: text.charCodeAt(0) === 65279 ? text.slice(1) : text, diagnostics: [] };
  }
  const bytes = readFileBytesSync(file, maxBytes);
  return bytes.ok ? decodeText(bytes.value, file) : { ok: false, diagnostics: bytes.diagnostics };
}
function readFileBytesSync(file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let fd;
  try {
    const opened = openRegular(file);
    if ("error" in opened) return { ok: false, diagnostics: [fileDiagnostic(file, "file-unreadable", opened.error)] };
    fd = opened.fd;
    const info = opened.info;
    if (info.size > maxBytes) {
      return { ok: false, diagnostics: [fileDiagnostic(
        file,
        "file-too-large",
        `the file is ${info.size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-file-size)`
      )] };
    }
    return { ok: true, value: (0, import_node_fs.readFileSync)(fd), diagnostics: [] };
  } catch (error) {
    return { ok: false, diagnostics: [fileDiagnostic(file, "file-unreadable", describeFsError(error))] };
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function describeFsError(error) {
  const code = error?.code;
  const known = code === void 0 ? void 0 : REASONS[code];
  if (known !== void 0) return known;
  const message = String(error?.message ?? error);
  const reason = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1];
  return reason ?? (code ? `system error ${code}` : message);
}
var import_node_fs, DEFAULT_MAX_FILE_BYTES, utf8, OPEN_FOR_READING, saveAsUtf8, REASONS;
var init_read_text = __esm({
  "src/io/read-text.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    OPEN_FOR_READING = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0);
    saveAsUtf8 = (encoding) => `the file is ${encoding}, not UTF-8; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)`;
    REASONS = {
      ENOENT: "no such file or directory",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EISDIR: "is a directory, not a file",
      ELOOP: "too many levels of symbolic links",
      ENOTDIR: "a part of the path is not a directory",
      ENOSPC: "no space left on device",
      EDQUOT: "disk quota exceeded",
      EROFS: "read-only file system",
      EFBIG: "file too large",
      EIO: "input/output error",
      ENAMETOOLONG: "file name too long",
      ENXIO: "no such device or address",
      EBUSY: "device or resource busy",
      EEXIST: "file already exists",
      EMFILE: "too many open files",
      ENFILE: "too many open files in system",
      EXDEV: "cannot move across file systems",
      EPIPE: "broken pipe",
      EAGAIN: "resource temporarily unavailable",
      EINVAL: "invalid argument"
    };
  }
});

// src/io/prebuilt.ts
function prebuiltParse(name) {
  return provider?.(name);
}
var provider;
var init_prebuilt = __esm({
  "src/io/prebuilt.ts"() {
    "use strict";
  }
});

// src/criteria/stem.ts
function fileStem(file) {
  return (0, import_node_path.basename)(file, (0, import_node_path.extname)(file));
}
var import_node_path;
var init_stem = __esm({
  "src/criteria/stem.ts"() {
    "use strict";
    import_node_path = require("node:path");
  }
});

// src/io/package-root.ts
function packageRoot() {
  if (root !== void 0) return root;
  let dir = (0, import_node_path2.dirname)((0, import_node_url.fileURLToPath)(__iu));
  for (let i = 0; i < 6; i++) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, "package.json")) && (0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, "criteria"))) return root = dir;
    dir = (0, import_node_path2.dirname)(dir);
  }
  return root = null;
}
function shippedPath(...parts) {
  const base = packageRoot();
  return base === null ? (0, import_node_path2.resolve)(...parts) : (0, import_node_path2.join)(base, ...parts);
}
var import_node_fs2, import_node_path2, import_node_url, root;
var init_package_root = __esm({
  "src/io/package-root.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    import_node_url = require("node:url");
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/generated/scheme-validator.js
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "level" || key0 === "flag" || key0 === "theme" || key0 === "critical")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data0 = data.level;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/level", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/level", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flag !== void 0) {
      let data1 = data.flag;
      if (typeof data1 === "string") {
        if (!pattern3.test(data1)) {
          const err4 = { instancePath: instancePath + "/flag", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/flag", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.theme !== void 0) {
      let data2 = data.theme;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err6 = { instancePath: instancePath + "/theme", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/theme", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.critical !== void 0) {
      let data3 = data.critical;
      if (true !== data3) {
        const err8 = { instancePath: instancePath + "/critical", schemaPath: "#/properties/critical/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema22.properties.critical, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate13(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema30.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate13(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.oneOf[1].type, parentSchema: schema30.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema30.oneOf, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "atLeast" || key0 === "moreThan" || key0 === "atMost" || key0 === "below")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.atLeast !== void 0) {
      let data0 = data.atLeast;
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (func3(data0) < 1) {
            const err2 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err4 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.moreThan !== void 0) {
      let data1 = data.moreThan;
      const _errs11 = errors;
      let valid4 = false;
      const _errs12 = errors;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const _errs14 = errors;
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err6 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid1 = _errs14 === errors;
        valid4 = valid4 || _valid1;
      }
      if (!valid4) {
        const err8 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.atMost !== void 0) {
      let data2 = data.atMost;
      const _errs18 = errors;
      let valid6 = false;
      const _errs19 = errors;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err9 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid2 = _errs19 === errors;
      valid6 = valid6 || _valid2;
      if (!valid6) {
        const _errs21 = errors;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err10 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid2 = _errs21 === errors;
        valid6 = valid6 || _valid2;
      }
      if (!valid6) {
        const err12 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
          if (_errs18) {
            vErrors.length = _errs18;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.below !== void 0) {
      let data3 = data.below;
      const _errs25 = errors;
      let valid8 = false;
      const _errs26 = errors;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid3 = _errs26 === errors;
      valid8 = valid8 || _valid3;
      if (!valid8) {
        const _errs28 = errors;
        if (typeof data3 === "string") {
          if (func3(data3) < 1) {
            const err14 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid3 = _errs28 === errors;
        valid8 = valid8 || _valid3;
      }
      if (!valid8) {
        const err16 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema29.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      if (!validate17(data.count, { instancePath: instancePath + "/count", parentData: data, parentDataProperty: "count", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.share !== void 0) {
      if (!validate17(data.share, { instancePath: instancePath + "/share", parentData: data, parentDataProperty: "share", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.score !== void 0) {
      if (!validate17(data.score, { instancePath: instancePath + "/score", parentData: data, parentDataProperty: "score", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.factors !== void 0) {
      if (!validate23(data.factors, { instancePath: instancePath + "/factors", parentData: data, parentDataProperty: "factors", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.concerns !== void 0) {
      if (!validate23(data.concerns, { instancePath: instancePath + "/concerns", parentData: data, parentDataProperty: "concerns", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.of !== void 0) {
      let data5 = data.of;
      const _errs9 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (!(data5 === "met" || data5 === "unmet")) {
        const err1 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema36.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema36.oneOf[0].enum, parentSchema: schema36.oneOf[0], data: data5 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs11 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.scoreAtLeast === void 0) {
          const err2 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/1/required", keyword: "required", params: { missingProperty: "scoreAtLeast" }, message: "must have required property 'scoreAtLeast'", schema: schema36.oneOf[1].required, parentSchema: schema36.oneOf[1], data: data5 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "scoreAtLeast")) {
            const err3 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.oneOf[1], data: data5 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data5.scoreAtLeast !== void 0) {
          let data6 = data5.scoreAtLeast;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err4 = { instancePath: instancePath + "/of/scoreAtLeast", schemaPath: "#/definitions/of/oneOf/1/properties/scoreAtLeast/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[1].properties.scoreAtLeast.type, parentSchema: schema36.oneOf[1].properties.scoreAtLeast, data: data6 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
        const _errs16 = errors;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          if (data5.scoreAtMost === void 0) {
            const err6 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/2/required", keyword: "required", params: { missingProperty: "scoreAtMost" }, message: "must have required property 'scoreAtMost'", schema: schema36.oneOf[2].required, parentSchema: schema36.oneOf[2], data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          for (const key2 in data5) {
            if (!(key2 === "scoreAtMost")) {
              const err7 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.oneOf[2], data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data5.scoreAtMost !== void 0) {
            let data7 = data5.scoreAtMost;
            if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
              const err8 = { instancePath: instancePath + "/of/scoreAtMost", schemaPath: "#/definitions/of/oneOf/2/properties/scoreAtMost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[2].properties.scoreAtMost.type, parentSchema: schema36.oneOf[2].properties.scoreAtMost, data: data7 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.oneOf[2].type, parentSchema: schema36.oneOf[2], data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs16 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid2) {
        const err10 = { instancePath: instancePath + "/of", schemaPath: "#/definitions/of/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.atLeast !== void 0) {
      let data8 = data.atLeast;
      const _errs23 = errors;
      let valid6 = false;
      const _errs24 = errors;
      if (!(typeof data8 == "number" && isFinite(data8))) {
        const err11 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs24 === errors;
      valid6 = valid6 || _valid1;
      if (!valid6) {
        const _errs26 = errors;
        if (typeof data8 === "string") {
          if (func3(data8) < 1) {
            const err12 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        } else {
          const err13 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        var _valid1 = _errs26 === errors;
        valid6 = valid6 || _valid1;
      }
      if (!valid6) {
        const err14 = { instancePath: instancePath + "/atLeast", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.moreThan !== void 0) {
      let data9 = data.moreThan;
      const _errs30 = errors;
      let valid8 = false;
      const _errs31 = errors;
      if (!(typeof data9 == "number" && isFinite(data9))) {
        const err15 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid2 = _errs31 === errors;
      valid8 = valid8 || _valid2;
      if (!valid8) {
        const _errs33 = errors;
        if (typeof data9 === "string") {
          if (func3(data9) < 1) {
            const err16 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var _valid2 = _errs33 === errors;
        valid8 = valid8 || _valid2;
      }
      if (!valid8) {
        const err18 = { instancePath: instancePath + "/moreThan", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs30;
        if (vErrors !== null) {
          if (_errs30) {
            vErrors.length = _errs30;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.atMost !== void 0) {
      let data10 = data.atMost;
      const _errs37 = errors;
      let valid10 = false;
      const _errs38 = errors;
      if (!(typeof data10 == "number" && isFinite(data10))) {
        const err19 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid3 = _errs38 === errors;
      valid10 = valid10 || _valid3;
      if (!valid10) {
        const _errs40 = errors;
        if (typeof data10 === "string") {
          if (func3(data10) < 1) {
            const err20 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        var _valid3 = _errs40 === errors;
        valid10 = valid10 || _valid3;
      }
      if (!valid10) {
        const err22 = { instancePath: instancePath + "/atMost", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs37;
        if (vErrors !== null) {
          if (_errs37) {
            vErrors.length = _errs37;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.below !== void 0) {
      let data11 = data.below;
      const _errs44 = errors;
      let valid12 = false;
      const _errs45 = errors;
      if (!(typeof data11 == "number" && isFinite(data11))) {
        const err23 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.anyOf[0].type, parentSchema: schema32.anyOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid4 = _errs45 === errors;
      valid12 = valid12 || _valid4;
      if (!valid12) {
        const _errs47 = errors;
        if (typeof data11 === "string") {
          if (func3(data11) < 1) {
            const err24 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.anyOf[1], data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        } else {
          const err25 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.anyOf[1].type, parentSchema: schema32.anyOf[1], data: data11 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        var _valid4 = _errs47 === errors;
        valid12 = valid12 || _valid4;
      }
      if (!valid12) {
        const err26 = { instancePath: instancePath + "/below", schemaPath: "#/definitions/value/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.anyOf, parentSchema: schema32, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs44;
        if (vErrors !== null) {
          if (_errs44) {
            vErrors.length = _errs44;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate16(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scheme === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scheme" }, message: "must have required property 'scheme'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.grades === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grades" }, message: "must have required property 'grades'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.levels === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.scheme !== void 0) {
      let data1 = data.scheme;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err8 = { instancePath: instancePath + "/scheme", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/scheme", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err12 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.version, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.grades !== void 0) {
      let data4 = data.grades;
      if (Array.isArray(data4)) {
        if (data4.length < 2) {
          const err14 = { instancePath: instancePath + "/grades", schemaPath: "#/properties/grades/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.grades, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data4[i0], { instancePath: instancePath + "/grades/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/grades", schemaPath: "#/properties/grades/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.grades.type, parentSchema: schema11.properties.grades, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data6 = data.levels;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err16 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.levels, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.id === void 0) {
              const err17 = { instancePath: instancePath + "/levels/" + i1, schemaPath: "#/properties/levels/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.levels.items.required, parentSchema: schema11.properties.levels.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data7.title === void 0) {
              const err18 = { instancePath: instancePath + "/levels/" + i1, schemaPath: "#/properties/levels/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.levels.items.required, parentSchema: schema11.properties.levels.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "id" || key1 === "title" || key1 === "one" || key1 === "many")) {
                const err19 = { instancePath: instancePath + "/levels/" + i1, schemaPath: "#/properties/levels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.levels.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 === "string") {
                if (!pattern0.test(data8)) {
                  const err20 = { instancePath: instancePath + "/levels/" + i1 + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/levels/" + i1 + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data7.title !== void 0) {
              let data9 = data7.title;
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err22 = { instancePath: instancePath + "/levels/" + i1 + "/title", schemaPath: "#/properties/levels/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.levels.items.properties.title, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/levels/" + i1 + "/title", schemaPath: "#/properties/levels/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.levels.items.properties.title.type, parentSchema: schema11.properties.levels.items.properties.title, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data7.one !== void 0) {
              let data10 = data7.one;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err24 = { instancePath: instancePath + "/levels/" + i1 + "/one", schemaPath: "#/properties/levels/items/properties/one/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.levels.items.properties.one, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/levels/" + i1 + "/one", schemaPath: "#/properties/levels/items/properties/one/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.levels.items.properties.one.type, parentSchema: schema11.properties.levels.items.properties.one, data: data10 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.many !== void 0) {
              let data11 = data7.many;
              if (typeof data11 === "string") {
                if (func3(data11) < 1) {
                  const err26 = { instancePath: instancePath + "/levels/" + i1 + "/many", schemaPath: "#/properties/levels/items/properties/many/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.levels.items.properties.many, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/levels/" + i1 + "/many", schemaPath: "#/properties/levels/items/properties/many/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.levels.items.properties.many.type, parentSchema: schema11.properties.levels.items.properties.many, data: data11 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/levels/" + i1, schemaPath: "#/properties/levels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.levels.items.type, parentSchema: schema11.properties.levels.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/levels", schemaPath: "#/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.levels.type, parentSchema: schema11.properties.levels, data: data6 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.flags !== void 0) {
      let data12 = data.flags;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          const _errs30 = errors;
          if (typeof key2 === "string") {
            if (!pattern3.test(key2)) {
              const err30 = { instancePath: instancePath + "/flags", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema16, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/flags", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var valid8 = _errs30 === errors;
          if (!valid8) {
            const err32 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.properties.flags.propertyNames, parentSchema: schema11.properties.flags, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        for (const key3 in data12) {
          let data13 = data12[key3];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.levels === void 0) {
              const err33 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/flags/additionalProperties/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema11.properties.flags.additionalProperties.required, parentSchema: schema11.properties.flags.additionalProperties, data: data13 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key4 in data13) {
              if (!(key4 === "levels" || key4 === "implies" || key4 === "alwaysApplicable" || key4 === "title")) {
                const err34 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/flags/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.flags.additionalProperties, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.levels !== void 0) {
              let data14 = data13.levels;
              if (Array.isArray(data14)) {
                if (data14.length < 1) {
                  const err35 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/levels", schemaPath: "#/properties/flags/additionalProperties/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.flags.additionalProperties.properties.levels, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                const len2 = data14.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data15 = data14[i2];
                  if (typeof data15 === "string") {
                    if (!pattern0.test(data15)) {
                      const err36 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/levels/" + i2, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/levels/" + i2, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/levels", schemaPath: "#/properties/flags/additionalProperties/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.flags.additionalProperties.properties.levels.type, parentSchema: schema11.properties.flags.additionalProperties.properties.levels, data: data14 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data13.implies !== void 0) {
              let data16 = data13.implies;
              if (typeof data16 === "string") {
                if (!pattern3.test(data16)) {
                  const err39 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/implies", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema16, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/implies", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data13.alwaysApplicable !== void 0) {
              let data17 = data13.alwaysApplicable;
              if (typeof data17 !== "boolean") {
                const err41 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/alwaysApplicable", schemaPath: "#/properties/flags/additionalProperties/properties/alwaysApplicable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.flags.additionalProperties.properties.alwaysApplicable.type, parentSchema: schema11.properties.flags.additionalProperties.properties.alwaysApplicable, data: data17 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data13.title !== void 0) {
              let data18 = data13.title;
              if (typeof data18 === "string") {
                if (func3(data18) < 1) {
                  const err42 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/flags/additionalProperties/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.flags.additionalProperties.properties.title, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/flags/additionalProperties/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.flags.additionalProperties.properties.title.type, parentSchema: schema11.properties.flags.additionalProperties.properties.title, data: data18 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/flags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/flags/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.flags.additionalProperties.type, parentSchema: schema11.properties.flags.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.flags.type, parentSchema: schema11.properties.flags, data: data12 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data19 = data.factors;
      if (Array.isArray(data19)) {
        const len3 = data19.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data20 = data19[i3];
          if (typeof data20 === "string") {
            if (!pattern0.test(data20)) {
              const err46 = { instancePath: instancePath + "/factors/" + i3, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data20 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/factors/" + i3, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data20 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.factors.type, parentSchema: schema11.properties.factors, data: data19 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data21 = data.thresholds;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key5 in data21) {
          const _errs56 = errors;
          if (typeof key5 === "string") {
            if (!pattern3.test(key5)) {
              const err49 = { instancePath: instancePath + "/thresholds", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema16, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/thresholds", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: key5, propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid19 = _errs56 === errors;
          if (!valid19) {
            const err51 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema11.properties.thresholds.propertyNames, parentSchema: schema11.properties.thresholds, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        for (const key6 in data21) {
          if (!(key6 === "maxJudgementShift")) {
            let data22 = data21[key6];
            if (!(typeof data22 == "number" && isFinite(data22))) {
              const err52 = { instancePath: instancePath + "/thresholds/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.thresholds.additionalProperties.type, parentSchema: schema11.properties.thresholds.additionalProperties, data: data22 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
        }
        if (data21.maxJudgementShift !== void 0) {
          let data23 = data21.maxJudgementShift;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err53 = { instancePath: instancePath + "/thresholds/maxJudgementShift", schemaPath: "#/properties/thresholds/properties/maxJudgementShift/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.thresholds.properties.maxJudgementShift.type, parentSchema: schema11.properties.thresholds.properties.maxJudgementShift, data: data23 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err54 = { instancePath: instancePath + "/thresholds/maxJudgementShift", schemaPath: "#/properties/thresholds/properties/maxJudgementShift/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.thresholds.properties.maxJudgementShift, data: data23 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.thresholds.type, parentSchema: schema11.properties.thresholds, data: data21 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.increasing !== void 0) {
      let data24 = data.increasing;
      if (Array.isArray(data24)) {
        const len4 = data24.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data25 = data24[i4];
          if (typeof data25 === "string") {
            if (!pattern3.test(data25)) {
              const err56 = { instancePath: instancePath + "/increasing/" + i4, schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema16, data: data25 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/increasing/" + i4, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data25 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/increasing", schemaPath: "#/properties/increasing/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.increasing.type, parentSchema: schema11.properties.increasing, data: data24 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data26 = data.require;
      if (Array.isArray(data26)) {
        const len5 = data26.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate13(data26[i5], { instancePath: instancePath + "/require/" + i5, parentData: data26, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/require", schemaPath: "#/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.require.type, parentSchema: schema11.properties.require, data: data26 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.scores !== void 0) {
      let data28 = data.scores;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.min === void 0) {
          const err60 = { instancePath: instancePath + "/scores", schemaPath: "#/properties/scores/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.scores.required, parentSchema: schema11.properties.scores, data: data28 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        if (data28.max === void 0) {
          const err61 = { instancePath: instancePath + "/scores", schemaPath: "#/properties/scores/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.scores.required, parentSchema: schema11.properties.scores, data: data28 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data28.metAt === void 0) {
          const err62 = { instancePath: instancePath + "/scores", schemaPath: "#/properties/scores/required", keyword: "required", params: { missingProperty: "metAt" }, message: "must have required property 'metAt'", schema: schema11.properties.scores.required, parentSchema: schema11.properties.scores, data: data28 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        for (const key7 in data28) {
          if (!(key7 === "min" || key7 === "max" || key7 === "metAt")) {
            const err63 = { instancePath: instancePath + "/scores", schemaPath: "#/properties/scores/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.scores, data: data28 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data28.min !== void 0) {
          let data29 = data28.min;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err64 = { instancePath: instancePath + "/scores/min", schemaPath: "#/properties/scores/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.scores.properties.min.type, parentSchema: schema11.properties.scores.properties.min, data: data29 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data28.max !== void 0) {
          let data30 = data28.max;
          if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
            const err65 = { instancePath: instancePath + "/scores/max", schemaPath: "#/properties/scores/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.scores.properties.max.type, parentSchema: schema11.properties.scores.properties.max, data: data30 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data28.metAt !== void 0) {
          let data31 = data28.metAt;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
            const err66 = { instancePath: instancePath + "/scores/metAt", schemaPath: "#/properties/scores/properties/metAt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.scores.properties.metAt.type, parentSchema: schema11.properties.scores.properties.metAt, data: data31 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/scores", schemaPath: "#/properties/scores/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.scores.type, parentSchema: schema11.properties.scores, data: data28 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data32 = data.rules;
      if (Array.isArray(data32)) {
        if (data32.length < 1) {
          const err68 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules, data: data32 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        const len6 = data32.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data33 = data32[i6];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.id === void 0) {
              const err69 = { instancePath: instancePath + "/rules/" + i6, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.rules.items.required, parentSchema: schema11.properties.rules.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data33.grade === void 0) {
              const err70 = { instancePath: instancePath + "/rules/" + i6, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "grade" }, message: "must have required property 'grade'", schema: schema11.properties.rules.items.required, parentSchema: schema11.properties.rules.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            for (const key8 in data33) {
              if (!(key8 === "id" || key8 === "grade" || key8 === "when" || key8 === "otherwise" || key8 === "advisory")) {
                const err71 = { instancePath: instancePath + "/rules/" + i6, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data33.id !== void 0) {
              let data34 = data33.id;
              if (typeof data34 === "string") {
                if (!pattern0.test(data34)) {
                  const err72 = { instancePath: instancePath + "/rules/" + i6 + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/rules/" + i6 + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data34 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data33.grade !== void 0) {
              let data35 = data33.grade;
              if (typeof data35 === "string") {
                if (!pattern0.test(data35)) {
                  const err74 = { instancePath: instancePath + "/rules/" + i6 + "/grade", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/rules/" + i6 + "/grade", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data35 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data33.when !== void 0) {
              if (!validate15(data33.when, { instancePath: instancePath + "/rules/" + i6 + "/when", parentData: data33, parentDataProperty: "when", rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              }
            }
            if (data33.otherwise !== void 0) {
              let data37 = data33.otherwise;
              if (true !== data37) {
                const err76 = { instancePath: instancePath + "/rules/" + i6 + "/otherwise", schemaPath: "#/properties/rules/items/properties/otherwise/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema11.properties.rules.items.properties.otherwise, data: data37 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data33.advisory !== void 0) {
              let data38 = data33.advisory;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.code === void 0) {
                  const err77 = { instancePath: instancePath + "/rules/" + i6 + "/advisory", schemaPath: "#/properties/rules/items/properties/advisory/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema11.properties.rules.items.properties.advisory.required, parentSchema: schema11.properties.rules.items.properties.advisory, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data38.when === void 0) {
                  const err78 = { instancePath: instancePath + "/rules/" + i6 + "/advisory", schemaPath: "#/properties/rules/items/properties/advisory/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema11.properties.rules.items.properties.advisory.required, parentSchema: schema11.properties.rules.items.properties.advisory, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                for (const key9 in data38) {
                  if (!(key9 === "code" || key9 === "when")) {
                    const err79 = { instancePath: instancePath + "/rules/" + i6 + "/advisory", schemaPath: "#/properties/rules/items/properties/advisory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.items.properties.advisory, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data38.code !== void 0) {
                  let data39 = data38.code;
                  if (typeof data39 === "string") {
                    if (!pattern0.test(data39)) {
                      const err80 = { instancePath: instancePath + "/rules/" + i6 + "/advisory/code", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/rules/" + i6 + "/advisory/code", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data38.when !== void 0) {
                  if (!validate15(data38.when, { instancePath: instancePath + "/rules/" + i6 + "/advisory/when", parentData: data38, parentDataProperty: "when", rootData })) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err82 = { instancePath: instancePath + "/rules/" + i6 + "/advisory", schemaPath: "#/properties/rules/items/properties/advisory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.items.properties.advisory.type, parentSchema: schema11.properties.rules.items.properties.advisory, data: data38 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/rules/" + i6, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.items.type, parentSchema: schema11.properties.rules.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data32 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.limiters !== void 0) {
      let data41 = data.limiters;
      if (Array.isArray(data41)) {
        const len7 = data41.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data42 = data41[i7];
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.id === void 0) {
              const err85 = { instancePath: instancePath + "/limiters/" + i7, schemaPath: "#/properties/limiters/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.limiters.items.required, parentSchema: schema11.properties.limiters.items, data: data42 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data42.cap === void 0) {
              const err86 = { instancePath: instancePath + "/limiters/" + i7, schemaPath: "#/properties/limiters/items/required", keyword: "required", params: { missingProperty: "cap" }, message: "must have required property 'cap'", schema: schema11.properties.limiters.items.required, parentSchema: schema11.properties.limiters.items, data: data42 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data42.when === void 0) {
              const err87 = { instancePath: instancePath + "/limiters/" + i7, schemaPath: "#/properties/limiters/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema11.properties.limiters.items.required, parentSchema: schema11.properties.limiters.items, data: data42 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            for (const key10 in data42) {
              if (!(key10 === "id" || key10 === "cap" || key10 === "when")) {
                const err88 = { instancePath: instancePath + "/limiters/" + i7, schemaPath: "#/properties/limiters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.limiters.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data42.id !== void 0) {
              let data43 = data42.id;
              if (typeof data43 === "string") {
                if (!pattern0.test(data43)) {
                  const err89 = { instancePath: instancePath + "/limiters/" + i7 + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/limiters/" + i7 + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data43 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data42.cap !== void 0) {
              let data44 = data42.cap;
              if (typeof data44 === "string") {
                if (!pattern0.test(data44)) {
                  const err91 = { instancePath: instancePath + "/limiters/" + i7 + "/cap", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema12, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/limiters/" + i7 + "/cap", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data44 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data42.when !== void 0) {
              if (!validate15(data42.when, { instancePath: instancePath + "/limiters/" + i7 + "/when", parentData: data42, parentDataProperty: "when", rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/limiters/" + i7, schemaPath: "#/properties/limiters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.limiters.items.type, parentSchema: schema11.properties.limiters.items, data: data42 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/limiters", schemaPath: "#/properties/limiters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.limiters.type, parentSchema: schema11.properties.limiters, data: data41 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateSchemeDocument, schema11, schema12, schema16, func2, func3, pattern0, pattern3, schema13, schema22, schema28, schema29, schema36, schema32, schema30, schema31;
var init_scheme_validator = __esm({
  "src/generated/scheme-validator.js"() {
    "use strict";
    validateSchemeDocument = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "scheme.schema.json", "title": "grade grading scheme", "description": "A grading scheme (SPEC \xA77): a grade scale and the ordered rules that turn findings into a grade, written as data. Lives in criteria/schemes/<id>.yaml, or in a schemes/ folder inside a --criteria folder.", "type": "object", "additionalProperties": false, "required": ["scheme", "title", "version", "grades", "levels", "rules"], "definitions": { "id": { "type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$" }, "name": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "titled": { "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "#/definitions/id" }, "title": { "type": "string", "minLength": 1 } } }, "value": { "description": "A number, the name of a threshold, or `all` (the size of the set).", "anyOf": [{ "type": "number" }, { "type": "string", "minLength": 1 }] }, "selector": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Criteria with every field given: a level, a flag, a theme, or `critical: true` (marked critical by the evidence).", "properties": { "level": { "$ref": "#/definitions/id" }, "flag": { "$ref": "#/definitions/name" }, "theme": { "$ref": "#/definitions/id" }, "critical": { "const": true } } }, "selection": { "description": "A selector, or a list of selectors (their union).", "oneOf": [{ "$ref": "#/definitions/selector" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/selector" } }] }, "comparators": { "type": "object", "additionalProperties": false, "description": "Exactly one comparator.", "properties": { "atLeast": { "$ref": "#/definitions/value" }, "moreThan": { "$ref": "#/definitions/value" }, "atMost": { "$ref": "#/definitions/value" }, "below": { "$ref": "#/definitions/value" } } }, "of": { "description": "What is counted: met criteria, unmet ones, or (scored schemes) those scored at least or at most n.", "oneOf": [{ "enum": ["met", "unmet"] }, { "type": "object", "additionalProperties": false, "required": ["scoreAtLeast"], "properties": { "scoreAtLeast": { "type": "integer" } } }, { "type": "object", "additionalProperties": false, "required": ["scoreAtMost"], "properties": { "scoreAtMost": { "type": "integer" } } }] }, "condition": { "type": "object", "additionalProperties": false, "description": "One condition: count, share, score, factors or concerns, with exactly one comparator.", "properties": { "count": { "$ref": "#/definitions/selection" }, "share": { "$ref": "#/definitions/selection" }, "score": { "$ref": "#/definitions/selection" }, "factors": { "$ref": "#/definitions/comparators" }, "concerns": { "$ref": "#/definitions/comparators" }, "of": { "$ref": "#/definitions/of" }, "atLeast": { "$ref": "#/definitions/value" }, "moreThan": { "$ref": "#/definitions/value" }, "atMost": { "$ref": "#/definitions/value" }, "below": { "$ref": "#/definitions/value" } } }, "conditions": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/condition" } } }, "properties": { "$schema": { "type": "string" }, "scheme": { "$ref": "#/definitions/id", "description": "Scheme id: equal to the file stem." }, "title": { "type": "string", "minLength": 1 }, "version": { "type": "string", "minLength": 1 }, "grades": { "type": "array", "minItems": 2, "items": { "$ref": "#/definitions/titled" }, "description": "The grade scale, lowest first." }, "levels": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "#/definitions/id" }, "title": { "type": "string", "minLength": 1 }, "one": { "type": "string", "minLength": 1, "description": 'Optional: how one criterion of the level is named in sentences ("quality statement"); default "<title> criterion".' }, "many": { "type": "string", "minLength": 1, "description": 'Optional: how several are named ("quality statements"); default "<title> criteria".' } } }, "description": "Criterion levels, in report order." }, "flags": { "type": "object", "description": "Criterion flags: the levels a flag is allowed on, the flag it implies, and whether a flagged criterion may be not-applicable.", "propertyNames": { "$ref": "#/definitions/name" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["levels"], "properties": { "levels": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" } }, "implies": { "$ref": "#/definitions/name" }, "alwaysApplicable": { "type": "boolean" }, "title": { "type": "string", "minLength": 1 } } } }, "factors": { "type": "array", "items": { "$ref": "#/definitions/id" }, "description": "Default excellence factors (a criteria file's `excellence` list replaces them)." }, "thresholds": { "type": "object", "description": "Named numbers the conditions use; a criteria file may override them. maxJudgementShift is a whole number of grades; every other threshold lies in (0, 1].", "propertyNames": { "$ref": "#/definitions/name" }, "additionalProperties": { "type": "number" }, "properties": { "maxJudgementShift": { "type": "integer", "minimum": 0, "description": "Steps a professional judgement may move the grade (default 1)." } } }, "increasing": { "type": "array", "items": { "$ref": "#/definitions/name" }, "description": "Thresholds that must rise in this order." }, "require": { "type": "array", "items": { "$ref": "#/definitions/selector" }, "description": "Each selector must match at least one criterion of a criteria file using the scheme." }, "scores": { "type": "object", "additionalProperties": false, "required": ["min", "max", "metAt"], "description": "A scored scheme: findings carry an integer score from min to max; a score of at least metAt is met.", "properties": { "min": { "type": "integer" }, "max": { "type": "integer" }, "metAt": { "type": "integer" } } }, "rules": { "type": "array", "minItems": 1, "description": "The first rule whose `when` all hold gives the grade; the last is `otherwise: true`.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "grade"], "properties": { "id": { "$ref": "#/definitions/id" }, "grade": { "$ref": "#/definitions/id" }, "when": { "$ref": "#/definitions/conditions" }, "otherwise": { "const": true }, "advisory": { "type": "object", "additionalProperties": false, "required": ["code", "when"], "description": "Raised when this rule decides and its own `when` all hold.", "properties": { "code": { "$ref": "#/definitions/id" }, "when": { "$ref": "#/definitions/conditions" } } } } } }, "limiters": { "type": "array", "description": "Caps after the rules: each whose `when` all hold caps the grade at `cap`.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "cap", "when"], "properties": { "id": { "$ref": "#/definitions/id" }, "cap": { "$ref": "#/definitions/id" }, "when": { "$ref": "#/definitions/conditions" } } } } } };
    schema12 = { "type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$" };
    schema16 = { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" };
    func2 = Object.prototype.hasOwnProperty;
    func3 = require_ucs2length().default;
    pattern0 = new RegExp("^[a-z0-9]+([-_][a-z0-9]+)*$", "u");
    pattern3 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
    schema13 = { "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "$ref": "#/definitions/id" }, "title": { "type": "string", "minLength": 1 } } };
    schema22 = { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Criteria with every field given: a level, a flag, a theme, or `critical: true` (marked critical by the evidence).", "properties": { "level": { "$ref": "#/definitions/id" }, "flag": { "$ref": "#/definitions/name" }, "theme": { "$ref": "#/definitions/id" }, "critical": { "const": true } } };
    schema28 = { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/condition" } };
    schema29 = { "type": "object", "additionalProperties": false, "description": "One condition: count, share, score, factors or concerns, with exactly one comparator.", "properties": { "count": { "$ref": "#/definitions/selection" }, "share": { "$ref": "#/definitions/selection" }, "score": { "$ref": "#/definitions/selection" }, "factors": { "$ref": "#/definitions/comparators" }, "concerns": { "$ref": "#/definitions/comparators" }, "of": { "$ref": "#/definitions/of" }, "atLeast": { "$ref": "#/definitions/value" }, "moreThan": { "$ref": "#/definitions/value" }, "atMost": { "$ref": "#/definitions/value" }, "below": { "$ref": "#/definitions/value" } } };
    schema36 = { "description": "What is counted: met criteria, unmet ones, or (scored schemes) those scored at least or at most n.", "oneOf": [{ "enum": ["met", "unmet"] }, { "type": "object", "additionalProperties": false, "required": ["scoreAtLeast"], "properties": { "scoreAtLeast": { "type": "integer" } } }, { "type": "object", "additionalProperties": false, "required": ["scoreAtMost"], "properties": { "scoreAtMost": { "type": "integer" } } }] };
    schema32 = { "description": "A number, the name of a threshold, or `all` (the size of the set).", "anyOf": [{ "type": "number" }, { "type": "string", "minLength": 1 }] };
    schema30 = { "description": "A selector, or a list of selectors (their union).", "oneOf": [{ "$ref": "#/definitions/selector" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/selector" } }] };
    schema31 = { "type": "object", "additionalProperties": false, "description": "Exactly one comparator.", "properties": { "atLeast": { "$ref": "#/definitions/value" }, "moreThan": { "$ref": "#/definitions/value" }, "atMost": { "$ref": "#/definitions/value" }, "below": { "$ref": "#/definitions/value" } } };
  }
});

// src/shared/order.ts
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_order = __esm({
  "src/shared/order.ts"() {
    "use strict";
  }
});

// src/shared/diagnostics.ts
function compareDiagnostics(a, b) {
  if (a.file !== b.file) return byCodeUnit(a.file, b.file);
  return a.line - b.line || a.column - b.column || byCodeUnit(a.code, b.code) || byCodeUnit(a.message, b.message);
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function firstError(diagnostics) {
  return [...diagnostics].sort(compareDiagnostics).find((d) => d.severity === "error");
}
function onlyUnknownKeys(issues) {
  return issues.every((issue) => issue.code === "unknown-key");
}
var init_diagnostics = __esm({
  "src/shared/diagnostics.ts"() {
    "use strict";
    init_order();
  }
});

// src/shared/quote.ts
function escapeVisibly(text) {
  return JSON.stringify(text).slice(1, -1).replace(UNUSUAL, asEscape);
}
function quote(value, maxLength = MAX_QUOTED) {
  const isString = typeof value === "string";
  const text = isString ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > maxLength;
  const shown2 = cut ? text.slice(0, maxLength) : text;
  const ellipsis = cut ? "\u2026" : "";
  return isString ? `"${escapeVisibly(shown2)}${ellipsis}"` : `${shown2.replace(UNUSUAL, asEscape)}${ellipsis}`;
}
function cutForMessage(text, maxLength = MAX_QUOTED) {
  return text.length > maxLength ? `${text.slice(0, maxLength)}\u2026` : text;
}
var MAX_QUOTED, UNUSUAL, asEscape;
var init_quote = __esm({
  "src/shared/quote.ts"() {
    "use strict";
    MAX_QUOTED = 60;
    UNUSUAL = /[^\x20-\x7e]/g;
    asEscape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
});

// src/shared/paths.ts
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${quote(segment)}]`;
  }
  return out === "" ? "(root)" : out;
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment);
}
function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}
function showId(id) {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(id) ? id : quote(id);
}
function nthItem(list, index) {
  const kind = NAMED_ITEMS[list];
  return kind === void 0 ? `item ${index + 1} of ${list}` : `the ${ordinal(index + 1)} ${kind.noun}`;
}
function itemName(list, index, item) {
  const kind = NAMED_ITEMS[list];
  if (kind === void 0) return void 0;
  const record = item !== null && typeof item === "object" && !Array.isArray(item) ? item : {};
  for (const key of kind.by) {
    const name = record[key];
    if (typeof name === "string" && name.trim() !== "") return `${kind.noun} ${kind.link ? `${kind.link} ` : ""}${showId(name)}`;
  }
  return nthItem(list, index);
}
function describePath(path, data) {
  let subject;
  let rest = 0;
  let node = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    const child = node !== null && typeof node === "object" ? node[segment] : void 0;
    if (i === 0 && typeof segment === "string" && NAMED_OBJECTS[segment] !== void 0 && !Array.isArray(child)) {
      subject = NAMED_OBJECTS[segment];
      rest = 1;
    }
    if (typeof segment === "string" && typeof next === "number" && Array.isArray(child)) {
      const named = itemName(segment, next, child[next]);
      if (named !== void 0) {
        subject = named;
        rest = i + 2;
      }
    }
    node = child;
  }
  return subject === void 0 ? { field: fieldPath(path) } : { subject, field: fieldPath(path.slice(rest)) };
}
function fieldPath(path) {
  const parts = [];
  for (const segment of path) {
    if (typeof segment === "number") {
      const last = parts.length - 1;
      if (last >= 0) parts[last] = `${parts[last]} item ${segment + 1}`;
      else parts.push(`item ${segment + 1}`);
    } else {
      parts.push(/^[A-Za-z_$][\w$-]*$/.test(segment) ? segment : quote(segment));
    }
  }
  return parts.join(".");
}
function placeText(place) {
  if (place.subject === void 0) return place.field;
  return place.field === "" ? place.subject : `${place.subject}: ${place.field}`;
}
var NAMED_ITEMS, NAMED_OBJECTS;
var init_paths = __esm({
  "src/shared/paths.ts"() {
    "use strict";
    init_quote();
    NAMED_ITEMS = {
      findings: { noun: "finding", by: ["criterion"], link: "for" },
      critical: { noun: "critical mark", by: ["criterion"], link: "on" },
      excellence: { noun: "excellence factor", by: ["factor", "id"] },
      criteria: { noun: "criterion", by: ["id"] },
      themes: { noun: "theme", by: ["id"] },
      forces: { noun: "force", by: ["id"] },
      cases: { noun: "test case", by: ["name"] },
      developingPractice: { noun: "developing practice", by: ["title"] }
    };
    NAMED_OBJECTS = {
      judgement: "the judgement",
      force: "the force",
      report: "the report"
    };
  }
});

// src/shared/edit-distance.ts
function osaDistanceWithin(a, b, max) {
  const over = max + 1;
  const swap = a.length > b.length;
  const s = swap ? b : a;
  const t = swap ? a : b;
  const n = s.length;
  const m = t.length;
  if (m - n > max) return over;
  if (n === 0) return m;
  let buffers = rows;
  if (buffers[0].length <= m) {
    buffers = [0, 1, 2].map(() => new Int32Array(m + 1));
    if (m < 4096) rows = buffers;
  }
  let [before, prev, cur] = buffers;
  before.fill(over, 0, m + 1);
  prev.fill(over, 0, m + 1);
  cur.fill(over, 0, m + 1);
  for (let j = 0; j <= Math.min(m, max); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = cur[lo - 1];
    const si = s.charCodeAt(i - 1);
    const sBefore = i > 1 ? s.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const tj = t.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (si === tj ? 0 : 1));
      if (j > 1 && sBefore === tj && si === t.charCodeAt(j - 2)) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d > over ? over : d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m];
}
var rows;
var init_edit_distance = __esm({
  "src/shared/edit-distance.ts"() {
    "use strict";
    rows = [0, 1, 2].map(() => new Int32Array(64));
  }
});

// src/shared/fold.ts
function foldId(id) {
  if (PRINTABLE_ASCII.test(id)) return id.toLowerCase();
  return id.normalize("NFKC").replace(LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch).replace(INVISIBLE, "").toLowerCase();
}
function hasUnusualCharacters(id) {
  return !PRINTABLE_ASCII.test(id);
}
var LOOK_ALIKES, LOOK_ALIKE, INVISIBLE, PRINTABLE_ASCII;
var init_fold = __esm({
  "src/shared/fold.ts"() {
    "use strict";
    LOOK_ALIKES = {
      // Cyrillic capitals and small letters.
      \u0410: "A",
      \u0412: "B",
      \u0421: "C",
      \u0415: "E",
      \u041D: "H",
      \u0406: "I",
      \u0408: "J",
      \u041A: "K",
      \u041C: "M",
      \u041E: "O",
      \u0420: "P",
      \u0405: "S",
      \u0422: "T",
      \u0425: "X",
      \u0423: "Y",
      \u04AE: "Y",
      "\u051A": "Q",
      "\u051C": "W",
      \u04BA: "H",
      \u04C0: "I",
      \u0417: "3",
      \u0430: "a",
      \u0441: "c",
      \u0435: "e",
      \u04BB: "h",
      \u0456: "i",
      \u0458: "j",
      \u043E: "o",
      \u0440: "p",
      \u0455: "s",
      \u0445: "x",
      \u0443: "y",
      \u04AF: "y",
      "\u0501": "d",
      "\u051B": "q",
      "\u051D": "w",
      "\u04CF": "l",
      // Greek capitals and small letters.
      \u0391: "A",
      \u0392: "B",
      \u0395: "E",
      \u0396: "Z",
      \u0397: "H",
      \u0399: "I",
      \u039A: "K",
      \u039C: "M",
      \u039D: "N",
      \u039F: "O",
      \u03A1: "P",
      \u03A4: "T",
      \u03A5: "Y",
      \u03A7: "X",
      "\u03F9": "C",
      "\u037F": "J",
      \u03B1: "a",
      \u03B9: "i",
      \u03BD: "v",
      \u03BF: "o",
      \u03C1: "p",
      \u03C5: "u",
      \u03F2: "c",
      \u03F3: "j",
      // Latin and Armenian letters without a compatibility decomposition.
      \u0131: "i",
      "\u0237": "j",
      \u0261: "g",
      \u0585: "o",
      \u057D: "u",
      \u0570: "h",
      \u0578: "n",
      // Dashes and minus signs that pass for the hyphen-minus.
      "\u2010": "-",
      "\u2012": "-",
      "\u2013": "-",
      "\u2014": "-",
      "\u2015": "-",
      "\u2212": "-",
      "\u2043": "-",
      "\uFE58": "-"
    };
    LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");
    INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
    PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
  }
});

// src/shared/suggest.ts
function foldCandidate(candidate) {
  let entry = foldedCandidates.get(candidate);
  if (entry === void 0) {
    if (foldedCandidates.size >= 4096) foldedCandidates.clear();
    const folded = foldId(candidate);
    foldedCandidates.set(candidate, entry = { folded, squashed: squash(folded) });
  }
  return entry;
}
function suggest(name, candidates) {
  if (name.length > MAX_SUGGESTED_LENGTH) return void 0;
  const folded = foldId(name);
  if (folded.length > MAX_SUGGESTED_LENGTH) return void 0;
  const squashed = squash(folded);
  const limit = Math.max(1, Math.floor(folded.length / 3));
  let separatorsOnly;
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === name || candidate.length > MAX_SUGGESTED_LENGTH) continue;
    const { folded: other, squashed: otherSquashed } = foldCandidate(candidate);
    if (other === folded) return { candidate, lookAlike: hasUnusualCharacters(name) || hasUnusualCharacters(candidate) };
    if (separatorsOnly !== void 0) continue;
    if (otherSquashed === squashed) {
      separatorsOnly = candidate;
      continue;
    }
    const d = osaDistanceWithin(folded, other, Math.min(limit, bestDistance));
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  const match = separatorsOnly ?? (bestDistance <= limit ? best : void 0);
  return match === void 0 ? void 0 : { candidate: match, lookAlike: false };
}
function closest(name, candidates) {
  return suggest(name, candidates)?.candidate;
}
function didYouMean(name, candidates, options = {}) {
  return didYouMeanOf(suggest(name, candidates), options);
}
function didYouMeanOf(match, options = {}) {
  if (match === void 0) return "";
  const note = match.lookAlike ? " (it differs only in look-alike or invisible characters)" : "";
  const which = options.which === void 0 ? "" : `, ${options.which}`;
  return `; did you mean ${quote(match.candidate, MAX_SUGGESTED_LENGTH)}${options.after ?? ""}${which}?${note}`;
}
var MAX_SUGGESTED_LENGTH, squash, foldedCandidates;
var init_suggest = __esm({
  "src/shared/suggest.ts"() {
    "use strict";
    init_edit_distance();
    init_fold();
    init_quote();
    MAX_SUGGESTED_LENGTH = 256;
    squash = (folded) => folded.replace(/[-_\s.]/g, "");
    foldedCandidates = /* @__PURE__ */ new Map();
  }
});

// src/shared/schema-issues.ts
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
function describeFound(value) {
  return typeof value === "string" && value.length <= 40 ? `the text ${quote(value)}` : typeof value === "boolean" ? String(value) : describeType(value);
}
function orList(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}
function schemaErrorsToIssues(errors, data) {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of branchesMeant(errors, data)) {
    const path = pointerToPath(error.instancePath);
    const place = describePath(path, data);
    const where = placeText(place) || "the document";
    const aboutKey = (what) => {
      if (path.length === 0) return `${what} at the top level`;
      if (place.subject === void 0) return `${what} in ${place.field}`;
      return `${place.subject}: ${what}${place.field === "" ? "" : ` in ${place.field}`}`;
    };
    const value = valueAt(data, path);
    let issue;
    switch (error.keyword) {
      case "additionalProperties": {
        const key2 = String(error.params.additionalProperty);
        const allowed = Object.keys(error.parentSchema?.properties ?? {});
        issue = {
          code: "unknown-key",
          severity: "error",
          path: [...path, key2],
          atKey: true,
          message: `${aboutKey(`unknown key ${quote(key2)}`)}${didYouMean(key2, allowed)}`
        };
        break;
      }
      case "required": {
        const key2 = String(error.params.missingProperty);
        issue = { code: "missing-key", severity: "error", path, message: aboutKey(`missing required key ${quote(key2)}`) };
        break;
      }
      case "type": {
        const types = String(error.params.type).split(",");
        const numeric = typeof value === "number" && (types.includes("number") || types.includes("integer"));
        const expected = types.map((t) => numeric && t === "number" ? "a finite number" : article(t)).join(" or ");
        const found = numeric ? String(value) : describeFound(value);
        issue = { code: "invalid-type", severity: "error", path, message: `${where} must be ${expected}, not ${found}` };
        break;
      }
      case "enum": {
        const values = error.params.allowedValues.map(String);
        const allowed = values.filter((v) => v !== "");
        const blank = values.includes("") ? ' (or "" while not assessed yet)' : "";
        const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
        issue = {
          code: "invalid-value",
          severity: "error",
          path,
          message: `${where} must be ${orList(allowed)}${blank}; got ${quote(value)}${hint}`
        };
        break;
      }
      case "pattern": {
        const pattern = String(error.params.pattern);
        issue = {
          code: "invalid-value",
          severity: "error",
          path,
          message: `${where} must be ${PATTERN_NAMES[pattern] ?? `a string matching ${pattern}`}; got ${quote(value)}`
        };
        break;
      }
      case "const":
        issue = {
          code: "invalid-value",
          severity: "error",
          path,
          message: `${where} must be ${JSON.stringify(error.params.allowedValue)}; got ${describeValue(value)}`
        };
        break;
      case "minItems": {
        const limit = Number(error.params.limit);
        issue = {
          code: "invalid-value",
          severity: "error",
          path,
          message: `${where} must have at least ${limit} ${limit === 1 ? "entry" : "entries"}; got ${Array.isArray(value) ? value.length : 0}`
        };
        break;
      }
      case "minLength":
        issue = { code: "invalid-value", severity: "error", path, message: `${where} must not be empty` };
        break;
      case "minimum":
      case "maximum":
        issue = {
          code: "invalid-value",
          severity: "error",
          path,
          message: `${where} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(error.params.limit)}; got ${quote(value)}`
        };
        break;
      default:
        issue = { code: "invalid-value", severity: "error", path, message: `${where} is invalid (${error.keyword})` };
    }
    const key = `${issue.code}|${formatPath(issue.path)}|${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
function describeValue(value) {
  return typeof value === "number" || typeof value === "boolean" ? String(value) : describeFound(value);
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function branchesMeant(errors, data) {
  let kept = [...errors];
  for (const union of errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf")) {
    const at = union.instancePath;
    const within = kept.filter((e) => e !== union && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
    if (within.length === 0) continue;
    const value = valueAt(data, pointerToPath(at));
    const allowedTypes = (e) => {
      if (e.keyword === "type") return String(e.params.type).split(",");
      if (e.keyword === "enum") return e.params.allowedValues.map(jsonType);
      if (e.keyword === "const") return [jsonType(e.params.allowedValue)];
      return [];
    };
    const misfit = (e) => e.instancePath === at && allowedTypes(e).length > 0 && (e.keyword === "type" || !allowedTypes(e).includes(jsonType(value)));
    const misfits = within.filter(misfit);
    const drop = /* @__PURE__ */ new Set([union, ...misfits]);
    const replacement = misfits.length === within.length ? [{ keyword: "type", instancePath: at, params: { type: [...new Set(misfits.flatMap(allowedTypes))].join(",") } }] : [];
    const first = within[0];
    kept = kept.flatMap((e) => [...e === first ? replacement : [], ...drop.has(e) ? [] : [e]]);
  }
  return kept;
}
function article(type) {
  if (type === "integer") return "a whole number";
  if (type === "boolean") return "true or false";
  if (type === "object" || type === "array") return `an ${type}`;
  return `a ${type}`;
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
var PATTERN_NAMES;
var init_schema_issues = __esm({
  "src/shared/schema-issues.ts"() {
    "use strict";
    init_paths();
    init_quote();
    init_suggest();
    PATTERN_NAMES = {
      "^[a-z0-9]+(-[a-z0-9]+)*$": "a kebab-case id (lower-case letters, digits and single hyphens)",
      "^\\d{4}-\\d{2}-\\d{2}$": "a date written YYYY-MM-DD",
      "^[A-Za-z0-9][A-Za-z0-9._-]*$": 'an id of letters, digits, ".", "_" and "-"'
    };
  }
});

// src/shared/positions.ts
var LineIndex;
var init_positions = __esm({
  "src/shared/positions.ts"() {
    "use strict";
    LineIndex = class {
      starts = [0];
      constructor(text) {
        for (let i = 0; i < text.length; i++) {
          const ch = text.charCodeAt(i);
          if (ch === 10) this.starts.push(i + 1);
          else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
        }
      }
      /** The position of a 0-based offset; offsets past the end clamp to the end. */
      position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if ((this.starts[mid] ?? 0) <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
      }
    };
  }
});

// src/criteria/yaml-source.ts
function yaml() {
  return library ??= (0, import_node_module2.createRequire)(__iu)("yaml");
}
function startOf(node) {
  return node?.range?.[0] ?? void 0;
}
function yamlOffset(doc, path, atKey = false) {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node = doc.contents;
  let offset = startOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyStart = startOf(pair.key);
      if (last && atKey && keyStart !== void 0) return keyStart;
      node = pair.value;
      offset = startOf(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === void 0) return offset;
      node = item;
      offset = startOf(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
function tagAt(text, offset) {
  return /^!(?:<[^>\n]*>|[^\s,[\]{}]*)/.exec(text.slice(offset, offset + 1024))?.[0];
}
function unresolvedTag(text, warning, at) {
  const offset = warning.pos[0];
  const resolved = /^Unresolved tag: (\S+)/.exec(warning.message)?.[1];
  const core = resolved?.startsWith("tag:yaml.org,2002:") ? CORE_TAG_KINDS[resolved.slice("tag:yaml.org,2002:".length)] : void 0;
  const written = tagAt(text, offset) ?? resolved ?? "here";
  if (core !== void 0) return at(offset, "invalid-value", `the value tagged ${written} is not ${core} as YAML's core schema writes one (leave the tag out?)`);
  return at(offset, "unknown-tag", `the YAML tag ${written} is not supported (only ${CORE_TAGS} are): its value would not be read as written`);
}
function nonStringKey(text, offset, at) {
  const tag = text[offset] === "!" ? tagAt(text, offset) : void 0;
  if (tag !== void 0) return at(offset, "unknown-tag", `a mapping key must be plain text, not tagged ${tag}`);
  if (text[offset] === "*") return at(offset, "complex-key", `a mapping key must be plain text, not an alias (${/^\*[^\s,[\]{}]*/.exec(text.slice(offset))?.[0] ?? "*"})`);
  return at(offset, "complex-key", "a mapping key must be plain text, not a list or mapping (YAML complex keys are not supported)");
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}
function parseYamlSource(text, file, what) {
  const lines = new LineIndex(text);
  const at = (offset, code, message, severity = "error") => ({ code, severity, message, file, ...lines.position(offset) });
  const doc = yaml().parseDocument(text, YAML_OPTIONS);
  const locate = (issue) => at(yamlOffset(doc, issue.path, issue.atKey), issue.code, issue.message, issue.severity);
  const syntaxError2 = (source, error) => {
    const quote2 = openingQuote(source, error);
    return quote2 === void 0 ? at(error.pos[0], "syntax-error", firstLine(error.message)) : at(quote2, "syntax-error", `the quoted string that starts here is never closed (missing ${source[quote2]})`);
  };
  const structural = firstStructuralError(text, doc.errors);
  const diagnostics = doc.errors.filter((error) => error.code === "DUPLICATE_KEY").map((error) => at(error.pos[0], "duplicate-key", `duplicate key${keyAt(text, error.pos[0])}: YAML keeps only the last one, so the earlier value would be silently lost`));
  if (structural !== void 0) {
    const error = structural.error;
    diagnostics.push(structural.tabs !== void 0 ? at(error.pos[0], "syntax-error", structural.tabs) : error.code === "NON_STRING_KEY" ? nonStringKey(text, error.pos[0], at) : /Maximum call stack/.test(error.message) ? at(error.pos[0], "nesting-too-deep", "the YAML nests too deeply to read") : syntaxError2(text, error));
  }
  for (const warning of doc.warnings) {
    if (warning.code === "TAG_RESOLVE_FAILED") diagnostics.push(unresolvedTag(text, warning, at));
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  if (structural !== void 0) {
    const reported = diagnostics.findIndex((d) => isStructural(d.code));
    if (reported >= 0) diagnostics.splice(reported + 1);
  }
  if (diagnostics.some((d) => d.code !== "duplicate-key")) return { data: void 0, diagnostics, locate };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = firstLine(String(error.message));
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(message);
    diagnostics.push(unresolved ? at(aliasOffset(doc, unresolved[1] ?? ""), "syntax-error", `unknown alias *${unresolved[1]}: no anchor &${unresolved[1]} comes before it`) : at(0, "alias-limit", `the YAML expands aliases too many times (${message})`));
    return { data: void 0, diagnostics, locate };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push(at(0, "invalid-type", `${what} must be a YAML mapping, not ${data === null ? "empty" : Array.isArray(data) ? "a sequence" : "a scalar"}`));
    return { data: void 0, diagnostics, locate };
  }
  return { data, diagnostics, locate };
}
function firstStructuralError(text, errors) {
  const structural = errors.filter((error) => error.code !== "DUPLICATE_KEY");
  if (structural.length === 0) return void 0;
  const first = structural.reduce((a, b) => b.pos[0] < a.pos[0] ? b : a);
  const tabs = structural.filter((error) => error.code === "TAB_AS_INDENT");
  if (tabs.length === 0) return { error: first };
  const lines = new LineIndex(text);
  const lineOf = (error) => lines.position(error.pos[0]).line;
  const tab = tabs.reduce((a, b) => b.pos[0] < a.pos[0] ? b : a);
  if (lineOf(first) < lineOf(tab)) return { error: first };
  const others = tabIndentedLines(text).filter((line) => line > lineOf(tab));
  const more = others.length === 0 ? "" : ` (so ${others.length === 1 ? "is line" : "are lines"} ${others.slice(0, 5).join(", ")}${others.length > 5 ? `, and ${others.length - 5} more` : ""})`;
  return { error: tab, tabs: `this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces${more}` };
}
function tabIndentedLines(text) {
  const found = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (/^[ \t]*\t[ \t]*\S/.test(line)) found.push(index + 1);
  });
  return found;
}
function aliasOffset(doc, name) {
  const { visit: visit2 } = yaml();
  let offset = 0;
  visit2(doc, {
    Alias(_key, node) {
      if (node.source !== name) return void 0;
      offset = node.range?.[0] ?? 0;
      return visit2.BREAK;
    }
  });
  return offset;
}
function openingQuote(text, error) {
  const quote2 = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote2 === void 0) return void 0;
  for (let i = Math.min(error.pos[0], text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote2) continue;
    if (quote2 === "'" && text[i - 1] === "'") {
      i--;
      continue;
    }
    if (quote2 === '"') {
      let slashes = 0;
      while (text[i - 1 - slashes] === "\\") slashes++;
      if (slashes % 2 === 1) continue;
    }
    return i;
  }
  return void 0;
}
function keyAt(text, offset) {
  const key = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset, offset + 200));
  const name = key?.[1] ?? key?.[2]?.replace(/''/g, "'") ?? key?.[3];
  return name ? ` "${name}"` : "";
}
var import_node_module2, library, MAX_ALIAS_COUNT, YAML_OPTIONS, CORE_TAG_KINDS, CORE_TAGS, isStructural;
var init_yaml_source = __esm({
  "src/criteria/yaml-source.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
    init_positions();
    MAX_ALIAS_COUNT = 1e3;
    YAML_OPTIONS = {
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      schema: "core",
      resolveKnownTags: false,
      stringKeys: true,
      logLevel: "error"
    };
    CORE_TAG_KINDS = {
      str: "a string",
      int: "a whole number",
      float: "a number",
      bool: "true or false",
      null: "null",
      seq: "a list",
      map: "a mapping"
    };
    CORE_TAGS = Object.keys(CORE_TAG_KINDS).map((name) => `!!${name}`).join(", ");
    isStructural = (code) => code === "syntax-error" || code === "complex-key" || code === "nesting-too-deep";
  }
});

// src/criteria/scheme/document.ts
var CONDITION_KINDS;
var init_document = __esm({
  "src/criteria/scheme/document.ts"() {
    "use strict";
    CONDITION_KINDS = ["count", "share", "score", "factors", "concerns"];
  }
});

// src/criteria/scheme/model.ts
function rankOf(scheme, grade) {
  return scheme.grades.findIndex((g) => g.id === grade);
}
function titleOf(items, id) {
  return items.find((item) => item.id === id)?.title ?? id;
}
var COMPARATORS, JUDGEMENT_SHIFT;
var init_model = __esm({
  "src/criteria/scheme/model.ts"() {
    "use strict";
    COMPARATORS = ["atLeast", "moreThan", "atMost", "below"];
    JUDGEMENT_SHIFT = "maxJudgementShift";
  }
});

// src/criteria/scheme/check.ts
function selectorIssues(selector, names, path) {
  const issues = [];
  if (selector.level !== void 0 && !names.levels.includes(selector.level)) {
    issues.push({
      code: "unknown-level",
      severity: "error",
      path: [...path, "level"],
      message: `level ${quote(selector.level)} is not a level of this scheme (${names.levels.join(", ")})${didYouMean(selector.level, names.levels)}`
    });
  }
  if (selector.flag !== void 0 && !names.flags.includes(selector.flag)) {
    issues.push({
      code: "unknown-flag",
      severity: "error",
      path: [...path, "flag"],
      message: `flag ${quote(selector.flag)} is not a flag of this scheme${names.flags.length > 0 ? ` (${names.flags.join(", ")})` : " (it has none)"}${didYouMean(selector.flag, names.flags)}`
    });
  }
  return issues;
}
function selectionIssues(selection2, names, path) {
  if (Array.isArray(selection2)) return selection2.flatMap((s, i) => selectorIssues(s, names, [...path, i]));
  return selectorIssues(selection2, names, path);
}
function valueIssues(value, kind, names, path) {
  if (typeof value === "string") {
    if (value === "all") {
      return kind === "count" || kind === "factors" ? [] : [{
        code: "invalid-value",
        severity: "error",
        path,
        message: `"all" is the size of a set: it compares a count or factors, not a ${kind}`
      }];
    }
    if (!names.thresholds.includes(value) || value === JUDGEMENT_SHIFT) {
      const usable = names.thresholds.filter((t) => t !== JUDGEMENT_SHIFT);
      return [{
        code: "unknown-threshold",
        severity: "error",
        path,
        message: `${quote(value)} is not a threshold of this scheme${usable.length > 0 ? ` (${usable.join(", ")})` : " (it has none)"}${didYouMean(value, usable)}`
      }];
    }
    if (kind === "count" || kind === "factors" || kind === "concerns") {
      return [{
        code: "invalid-value",
        severity: "error",
        path,
        message: `a ${kind} is compared with a whole number or "all", not the threshold ${quote(value)} (a share)`
      }];
    }
    return [];
  }
  if ((kind === "share" || kind === "score") && !(value > 0 && value <= 1)) {
    return [{ code: "threshold-range", severity: "error", path, message: `a ${kind} is compared with a value in (0, 1]; got ${value}` }];
  }
  if ((kind === "count" || kind === "factors" || kind === "concerns") && !(Number.isInteger(value) && value >= 0)) {
    return [{ code: "invalid-value", severity: "error", path, message: `a ${kind} is compared with a whole number; got ${value}` }];
  }
  return [];
}
function comparatorIssues(holder, kind, names, path, keyPath) {
  const given = COMPARATORS.filter((c) => holder[c] !== void 0);
  if (given.length === 0) {
    return [{
      code: "comparator",
      severity: "error",
      path: keyPath,
      atKey: true,
      message: `the ${kind} condition needs one comparator: ${COMPARATORS.join(", ")}`
    }];
  }
  if (given.length > 1) {
    return [{
      code: "comparator",
      severity: "error",
      path: [...path, given[1]],
      atKey: true,
      message: `the ${kind} condition has ${given.length} comparators (${given.join(", ")}); it takes exactly one`
    }];
  }
  const comparator = given[0];
  return valueIssues(holder[comparator], kind, names, [...path, comparator]);
}
function conditionIssues(condition, names, path) {
  const kinds = CONDITION_KINDS.filter((k) => condition[k] !== void 0);
  if (kinds.length !== 1) {
    return [{
      code: "condition-kind",
      severity: "error",
      path,
      message: kinds.length === 0 ? `a condition needs one of ${CONDITION_KINDS.join(", ")}` : `a condition has one kind; this one has ${kinds.join(" and ")}`
    }];
  }
  const kind = kinds[0];
  const issues = [];
  if (kind === "factors" || kind === "concerns") {
    const holder = condition[kind];
    for (const key of ["of", ...COMPARATORS]) {
      if (condition[key] !== void 0) {
        issues.push({
          code: "comparator",
          severity: "error",
          path: [...path, key],
          atKey: true,
          message: `"${key}" goes inside the ${kind} object (${kind}: { atLeast: 1 }), not beside it`
        });
      }
    }
    issues.push(...comparatorIssues(holder, kind, names, [...path, kind], [...path, kind]));
    return issues;
  }
  issues.push(...selectionIssues(condition[kind], names, [...path, kind]));
  if (kind === "score") {
    if (!names.scored) issues.push({
      code: "condition-unusable",
      severity: "error",
      path: [...path, kind],
      atKey: true,
      message: "a score condition needs a scored scheme (one with scores: { min, max, metAt })"
    });
    if (condition.of !== void 0) issues.push({
      code: "invalid-value",
      severity: "error",
      path: [...path, "of"],
      atKey: true,
      message: 'a score condition takes no "of": it is the sum of the scores over the most they could be'
    });
  } else if (condition.of === void 0) {
    issues.push({
      code: "missing-key",
      severity: "error",
      path: [...path, kind],
      atKey: true,
      message: `the ${kind} condition needs "of": met, unmet, { scoreAtLeast: n } or { scoreAtMost: n }`
    });
  } else if (typeof condition.of === "object" && !names.scored) {
    issues.push({
      code: "condition-unusable",
      severity: "error",
      path: [...path, "of"],
      message: "counting by score needs a scored scheme (one with scores: { min, max, metAt })"
    });
  } else if (typeof condition.of === "object" && names.scores) {
    const [key, n] = Object.entries(condition.of)[0] ?? ["", 0];
    if (typeof n === "number" && (n < names.scores.min || n > names.scores.max)) {
      issues.push({
        code: "invalid-value",
        severity: "error",
        path: [...path, "of", key],
        message: `${key} ${n} is outside the scheme's scores, ${names.scores.min} to ${names.scores.max}`
      });
    }
  }
  issues.push(...comparatorIssues(condition, kind, names, path, [...path, kind]));
  return issues;
}
function conditionsIssues(list, names, path) {
  return (list ?? []).flatMap((c, i) => conditionIssues(c, names, [...path, i]));
}
function duplicateIds(items, base, what) {
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ code: "duplicate-id", severity: "error", path: [base, index, "id"], message: `duplicate ${what} id ${quote(item.id)}` });
    seen.add(item.id);
  });
  return issues;
}
function gradeIssue(grade, names, path) {
  if (names.grades.includes(grade)) return [];
  return [{
    code: "unknown-grade",
    severity: "error",
    path,
    message: `${quote(grade)} is not a grade of this scheme (${names.grades.join(", ")})${didYouMean(grade, names.grades)}`
  }];
}
function flagIssues(doc, names) {
  const issues = [];
  const flags = doc.flags ?? {};
  for (const [id, flag] of Object.entries(flags)) {
    flag.levels.forEach((level, i) => {
      if (!names.levels.includes(level)) issues.push({
        code: "unknown-level",
        severity: "error",
        path: ["flags", id, "levels", i],
        message: `flag ${id}: level ${quote(level)} is not a level of this scheme (${names.levels.join(", ")})${didYouMean(level, names.levels)}`
      });
    });
    if (flag.implies !== void 0 && !names.flags.includes(flag.implies)) {
      issues.push({
        code: "unknown-flag",
        severity: "error",
        path: ["flags", id, "implies"],
        message: `flag ${id} implies ${quote(flag.implies)}, which is not a flag of this scheme${didYouMean(flag.implies, names.flags)}`
      });
    }
  }
  for (const id of Object.keys(flags)) {
    const chain = [id];
    let next = flags[id]?.implies;
    while (next !== void 0 && flags[next] !== void 0) {
      if (chain.includes(next)) {
        if (next === id) issues.push({
          code: "implies-cycle",
          severity: "error",
          path: ["flags", id, "implies"],
          message: `flag ${id} implies itself through ${[...chain, next].join(" -> ")}`
        });
        break;
      }
      chain.push(next);
      next = flags[next]?.implies;
    }
  }
  return issues;
}
function thresholdIssues(doc) {
  const issues = [];
  const thresholds = doc.thresholds ?? {};
  issues.push(...checkThresholdValues(thresholds, ["thresholds"]));
  issues.push(...checkIncreasing(doc.increasing ?? [], thresholds, Object.keys(thresholds), ["increasing"]));
  return issues;
}
function checkThresholdValues(thresholds, path) {
  const issues = [];
  for (const [name, value] of Object.entries(thresholds)) {
    if (name === JUDGEMENT_SHIFT) continue;
    if (!(value > 0 && value <= 1)) {
      issues.push({ code: "threshold-range", severity: "error", path: [...path, name], message: `thresholds.${name} must be in (0, 1]; got ${value}` });
    }
  }
  return issues;
}
function checkIncreasing(increasing, thresholds, known, path, at) {
  const issues = [];
  increasing.forEach((name, i) => {
    if (!known.includes(name)) issues.push({
      code: "unknown-threshold",
      severity: "error",
      path: [...path, i],
      message: `${quote(name)} is not a threshold of this scheme${didYouMean(name, known)}`
    });
  });
  const inRange = (v) => v !== void 0 && v > 0 && v <= 1;
  for (let i = 1; i < increasing.length; i++) {
    const lowName = increasing[i - 1];
    const highName = increasing[i];
    const low = thresholds[lowName];
    const high = thresholds[highName];
    if (inRange(low) && inRange(high) && low >= high) {
      issues.push({
        code: "threshold-order",
        severity: "error",
        path: at?.(lowName) ?? at?.(highName) ?? [...path, i],
        message: `thresholds.${lowName} (${low}) must be less than thresholds.${highName} (${high})`
      });
    }
  }
  return issues;
}
function ruleIssues(doc, names) {
  const issues = [...duplicateIds(doc.rules, "rules", "rule")];
  const otherwise = doc.rules.map((r, i) => r.otherwise === true ? i : -1).filter((i) => i >= 0);
  const last = doc.rules.length - 1;
  if (otherwise.length === 0) {
    issues.push({
      code: "otherwise-rule",
      severity: "error",
      path: ["rules", last],
      message: "the last rule must be `otherwise: true`, so that every evidence gets a grade"
    });
  }
  for (const at of otherwise) {
    if (at !== last) issues.push({
      code: "unreachable-rule",
      severity: "error",
      path: ["rules", at + 1],
      message: `rule ${quote(doc.rules[at + 1]?.id ?? "")} can never be reached: rule "${doc.rules[at]?.id ?? ""}" before it is otherwise: true (only the last rule may be)`
    });
  }
  doc.rules.forEach((rule, i) => {
    issues.push(...gradeIssue(rule.grade, names, ["rules", i, "grade"]));
    if (rule.otherwise === true && rule.when !== void 0) {
      issues.push({
        code: "otherwise-rule",
        severity: "error",
        path: ["rules", i, "when"],
        atKey: true,
        message: `rule ${rule.id} is otherwise: true and so has no "when"`
      });
    } else if (rule.otherwise !== true && rule.when === void 0) {
      issues.push({ code: "missing-key", severity: "error", path: ["rules", i], message: `rule ${rule.id} needs "when" (or otherwise: true if it is the last)` });
    }
    issues.push(...conditionsIssues(rule.when, names, ["rules", i, "when"]));
    if (rule.advisory) issues.push(...conditionsIssues(rule.advisory.when, names, ["rules", i, "advisory", "when"]));
  });
  (doc.limiters ?? []).forEach((limiter, i) => {
    issues.push(...gradeIssue(limiter.cap, names, ["limiters", i, "cap"]), ...conditionsIssues(limiter.when, names, ["limiters", i, "when"]));
  });
  issues.push(...duplicateIds(doc.limiters ?? [], "limiters", "limiter"));
  return issues;
}
function checkScheme(doc, stem) {
  const names = {
    grades: doc.grades.map((g) => g.id),
    levels: doc.levels.map((l) => l.id),
    flags: Object.keys(doc.flags ?? {}),
    thresholds: Object.keys(doc.thresholds ?? {}),
    scored: doc.scores !== void 0,
    ...doc.scores ? { scores: doc.scores } : {}
  };
  const issues = [];
  if (doc.scheme !== stem) {
    issues.push({ code: "scheme-id-mismatch", severity: "error", path: ["scheme"], message: `scheme id ${quote(doc.scheme)} must equal the file stem ${quote(stem)}` });
  }
  issues.push(...duplicateIds(doc.grades, "grades", "grade"), ...duplicateIds(doc.levels, "levels", "level"));
  issues.push(...flagIssues(doc, names), ...thresholdIssues(doc));
  (doc.require ?? []).forEach((selector, i) => issues.push(...selectorIssues(selector, names, ["require", i])));
  const scores = doc.scores;
  if (scores && !(scores.min < scores.max && scores.metAt > scores.min && scores.metAt <= scores.max)) {
    issues.push({
      code: "invalid-value",
      severity: "error",
      path: ["scores"],
      message: `scores need min < metAt <= max; got min ${scores.min}, metAt ${scores.metAt}, max ${scores.max}`
    });
  }
  issues.push(...ruleIssues(doc, names));
  return issues;
}
var init_check = __esm({
  "src/criteria/scheme/check.ts"() {
    "use strict";
    init_quote();
    init_suggest();
    init_document();
    init_model();
  }
});

// src/criteria/scheme/parse.ts
function selection(select) {
  return Array.isArray(select) ? select : [select];
}
function comparatorOf(holder) {
  const comparator = COMPARATORS.find((c) => holder[c] !== void 0);
  return { comparator, value: holder[comparator] };
}
function toCondition(doc) {
  const kind = CONDITION_KINDS.find((k) => doc[k] !== void 0);
  if (kind === "factors" || kind === "concerns") return { kind, ...comparatorOf(doc[kind]) };
  const select = selection(doc[kind]);
  if (kind === "score") return { kind, select, ...comparatorOf(doc) };
  return { kind, select, of: doc.of, ...comparatorOf(doc) };
}
function toScheme(doc, file) {
  return {
    id: doc.scheme,
    title: doc.title,
    version: doc.version,
    grades: doc.grades,
    levels: doc.levels,
    flags: Object.entries(doc.flags ?? {}).map(([id, flag]) => ({
      id,
      title: flag.title ?? id,
      levels: flag.levels,
      ...flag.implies !== void 0 ? { implies: flag.implies } : {},
      alwaysApplicable: flag.alwaysApplicable === true
    })),
    factors: doc.factors ?? [],
    thresholds: doc.thresholds ?? {},
    increasing: doc.increasing ?? [],
    require: doc.require ?? [],
    ...doc.scores ? { scores: doc.scores } : {},
    rules: doc.rules.map((rule) => ({
      id: rule.id,
      grade: rule.grade,
      when: (rule.when ?? []).map(toCondition),
      otherwise: rule.otherwise === true,
      ...rule.advisory ? { advisory: { code: rule.advisory.code, when: rule.advisory.when.map(toCondition) } } : {}
    })),
    limiters: (doc.limiters ?? []).map((l) => ({ id: l.id, cap: l.cap, when: l.when.map(toCondition) })),
    file
  };
}
function parseScheme(text, file) {
  const { data, diagnostics, locate } = parseYamlSource(text, file, "a grading scheme");
  if (!data) return { ok: false, diagnostics };
  if (!validateSchemeDocument(data)) {
    diagnostics.push(...schemaErrorsToIssues(validateSchemeDocument.errors ?? [], data).map(locate));
    return { ok: false, diagnostics };
  }
  const doc = data;
  diagnostics.push(...checkScheme(doc, fileStem(file)).map(locate));
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: toScheme(doc, file), diagnostics };
}
var init_parse = __esm({
  "src/criteria/scheme/parse.ts"() {
    "use strict";
    init_scheme_validator();
    init_diagnostics();
    init_schema_issues();
    init_stem();
    init_yaml_source();
    init_check();
    init_document();
    init_model();
  }
});

// src/criteria/scheme/load.ts
function shippedSchemesDir() {
  return shippedPath("criteria", "schemes");
}
function cachedPrebuilt(id, text, byteLength, file) {
  const cached = prebuiltParse(`scheme-${id}`);
  if (!cached || cached.byteLength !== byteLength || cached.source !== text) return void 0;
  const model = JSON.parse(cached.parsed);
  return { ok: true, value: { ...model, file }, diagnostics: [] };
}
function loadSchemeFile(file, id, maxBytes) {
  const bytes = readFileBytesSync(file, maxBytes);
  if (!bytes.ok) return { ok: false, diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, file);
  if (!text.ok) return { ok: false, diagnostics: text.diagnostics };
  const key = (0, import_node_path3.resolve)(file);
  const seen = parses.get(key);
  if (seen && seen.text === text.value) return seen.loaded;
  const loaded = cachedPrebuilt(id, text.value, bytes.value.length, file) ?? parseScheme(text.value, file);
  parses.set(key, { text: text.value, loaded });
  return loaded;
}
function idsIn(dir) {
  try {
    return (0, import_node_fs3.readdirSync)(dir).filter((name) => name.endsWith(".yaml")).map((name) => name.slice(0, -".yaml".length));
  } catch {
    return [];
  }
}
function schemeLookupFor(criteriaFile, maxBytes) {
  const folders = [(0, import_node_path3.join)((0, import_node_path3.dirname)(criteriaFile), "schemes"), shippedSchemesDir()];
  const lookup = (id) => {
    for (const folder of folders) {
      const file = (0, import_node_path3.join)(folder, `${id}.yaml`);
      if ((0, import_node_fs3.existsSync)(file)) return loadSchemeFile(file, id, maxBytes);
    }
    return void 0;
  };
  return Object.assign(lookup, { known: () => [...new Set(folders.flatMap(idsIn))].sort() });
}
var import_node_fs3, import_node_path3, DEFAULT_SCHEME, parses;
var init_load = __esm({
  "src/criteria/scheme/load.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    init_read_text();
    init_prebuilt();
    init_package_root();
    init_parse();
    DEFAULT_SCHEME = "hmic-2007";
    parses = /* @__PURE__ */ new Map();
  }
});

// src/generated/criteria-validator.js
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.framework === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.group === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.criteria === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "criteria" }, message: "must have required property 'criteria'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func22.call(schema112.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data0 = data.framework;
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err6 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema112.properties.framework, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.framework.type, parentSchema: schema112.properties.framework, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.scheme !== void 0) {
      let data1 = data.scheme;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err8 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema112.properties.scheme, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.scheme.type, parentSchema: schema112.properties.scheme, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func32(data2) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.title.type, parentSchema: schema112.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data3 = data.group;
      if (typeof data3 === "string") {
        if (func32(data3) < 1) {
          const err12 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.group, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.group.type, parentSchema: schema112.properties.group, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.order !== void 0) {
      let data4 = data.order;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err14 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.order.type, parentSchema: schema112.properties.order, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data5 = data.version;
      if (typeof data5 === "string") {
        if (func32(data5) < 1) {
          const err15 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.version, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.version.type, parentSchema: schema112.properties.version, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data6 = data.period;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.from === void 0) {
          const err17 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema112.properties.period.required, parentSchema: schema112.properties.period, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.to === void 0) {
          const err18 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema112.properties.period.required, parentSchema: schema112.properties.period, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "from" || key1 === "to")) {
            const err19 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.period, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.from !== void 0) {
          let data7 = data6.from;
          if (typeof data7 === "string") {
            if (!pattern2.test(data7)) {
              const err20 = { instancePath: instancePath + "/period/from", schemaPath: "#/properties/period/properties/from/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema112.properties.period.properties.from, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/period/from", schemaPath: "#/properties/period/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.period.properties.from.type, parentSchema: schema112.properties.period.properties.from, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.to !== void 0) {
          let data8 = data6.to;
          if (typeof data8 === "string") {
            if (!pattern2.test(data8)) {
              const err22 = { instancePath: instancePath + "/period/to", schemaPath: "#/properties/period/properties/to/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema112.properties.period.properties.to, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/period/to", schemaPath: "#/properties/period/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.period.properties.to.type, parentSchema: schema112.properties.period.properties.to, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.period.type, parentSchema: schema112.properties.period, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data9 = data.thresholds;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(key2 === "maxJudgementShift")) {
            let data10 = data9[key2];
            if (!(typeof data10 == "number" && isFinite(data10))) {
              const err25 = { instancePath: instancePath + "/thresholds/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema112.properties.thresholds.additionalProperties.type, parentSchema: schema112.properties.thresholds.additionalProperties, data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data9.maxJudgementShift !== void 0) {
          let data11 = data9.maxJudgementShift;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err26 = { instancePath: instancePath + "/thresholds/maxJudgementShift", schemaPath: "#/properties/thresholds/properties/maxJudgementShift/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.thresholds.properties.maxJudgementShift.type, parentSchema: schema112.properties.thresholds.properties.maxJudgementShift, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err27 = { instancePath: instancePath + "/thresholds/maxJudgementShift", schemaPath: "#/properties/thresholds/properties/maxJudgementShift/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema112.properties.thresholds.properties.maxJudgementShift, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.thresholds.type, parentSchema: schema112.properties.thresholds, data: data9 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.excellence !== void 0) {
      let data12 = data.excellence;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.id === void 0) {
              const err29 = { instancePath: instancePath + "/excellence/" + i0, schemaPath: "#/properties/excellence/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema112.properties.excellence.items.required, parentSchema: schema112.properties.excellence.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data13.text === void 0) {
              const err30 = { instancePath: instancePath + "/excellence/" + i0, schemaPath: "#/properties/excellence/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema112.properties.excellence.items.required, parentSchema: schema112.properties.excellence.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key3 in data13) {
              if (!(key3 === "id" || key3 === "title" || key3 === "text")) {
                const err31 = { instancePath: instancePath + "/excellence/" + i0, schemaPath: "#/properties/excellence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.excellence.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data13.id !== void 0) {
              let data14 = data13.id;
              if (typeof data14 === "string") {
                if (!pattern02.test(data14)) {
                  const err32 = { instancePath: instancePath + "/excellence/" + i0 + "/id", schemaPath: "#/properties/excellence/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema112.properties.excellence.items.properties.id, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/excellence/" + i0 + "/id", schemaPath: "#/properties/excellence/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.excellence.items.properties.id.type, parentSchema: schema112.properties.excellence.items.properties.id, data: data14 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data13.title !== void 0) {
              let data15 = data13.title;
              if (typeof data15 === "string") {
                if (func32(data15) < 1) {
                  const err34 = { instancePath: instancePath + "/excellence/" + i0 + "/title", schemaPath: "#/properties/excellence/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.excellence.items.properties.title, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/excellence/" + i0 + "/title", schemaPath: "#/properties/excellence/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.excellence.items.properties.title.type, parentSchema: schema112.properties.excellence.items.properties.title, data: data15 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13.text !== void 0) {
              let data16 = data13.text;
              if (typeof data16 === "string") {
                if (func32(data16) < 1) {
                  const err36 = { instancePath: instancePath + "/excellence/" + i0 + "/text", schemaPath: "#/properties/excellence/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.excellence.items.properties.text, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/excellence/" + i0 + "/text", schemaPath: "#/properties/excellence/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.excellence.items.properties.text.type, parentSchema: schema112.properties.excellence.items.properties.text, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/excellence/" + i0, schemaPath: "#/properties/excellence/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.excellence.items.type, parentSchema: schema112.properties.excellence.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/excellence", schemaPath: "#/properties/excellence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.excellence.type, parentSchema: schema112.properties.excellence, data: data12 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.themes !== void 0) {
      let data17 = data.themes;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.id === void 0) {
              const err40 = { instancePath: instancePath + "/themes/" + i1, schemaPath: "#/properties/themes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema112.properties.themes.items.required, parentSchema: schema112.properties.themes.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data18.title === void 0) {
              const err41 = { instancePath: instancePath + "/themes/" + i1, schemaPath: "#/properties/themes/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema112.properties.themes.items.required, parentSchema: schema112.properties.themes.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key4 in data18) {
              if (!(key4 === "id" || key4 === "title")) {
                const err42 = { instancePath: instancePath + "/themes/" + i1, schemaPath: "#/properties/themes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.themes.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data18.id !== void 0) {
              let data19 = data18.id;
              if (typeof data19 === "string") {
                if (!pattern02.test(data19)) {
                  const err43 = { instancePath: instancePath + "/themes/" + i1 + "/id", schemaPath: "#/properties/themes/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema112.properties.themes.items.properties.id, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/themes/" + i1 + "/id", schemaPath: "#/properties/themes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.themes.items.properties.id.type, parentSchema: schema112.properties.themes.items.properties.id, data: data19 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data18.title !== void 0) {
              let data20 = data18.title;
              if (typeof data20 === "string") {
                if (func32(data20) < 1) {
                  const err45 = { instancePath: instancePath + "/themes/" + i1 + "/title", schemaPath: "#/properties/themes/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.themes.items.properties.title, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/themes/" + i1 + "/title", schemaPath: "#/properties/themes/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.themes.items.properties.title.type, parentSchema: schema112.properties.themes.items.properties.title, data: data20 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/themes/" + i1, schemaPath: "#/properties/themes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.themes.items.type, parentSchema: schema112.properties.themes.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/themes", schemaPath: "#/properties/themes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.themes.type, parentSchema: schema112.properties.themes, data: data17 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.criteria !== void 0) {
      let data21 = data.criteria;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.id === void 0) {
              const err49 = { instancePath: instancePath + "/criteria/" + i2, schemaPath: "#/properties/criteria/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema112.properties.criteria.items.required, parentSchema: schema112.properties.criteria.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data22.level === void 0) {
              const err50 = { instancePath: instancePath + "/criteria/" + i2, schemaPath: "#/properties/criteria/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema112.properties.criteria.items.required, parentSchema: schema112.properties.criteria.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data22.text === void 0) {
              const err51 = { instancePath: instancePath + "/criteria/" + i2, schemaPath: "#/properties/criteria/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema112.properties.criteria.items.required, parentSchema: schema112.properties.criteria.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data22.id !== void 0) {
              let data23 = data22.id;
              if (typeof data23 === "string") {
                if (!pattern6.test(data23)) {
                  const err52 = { instancePath: instancePath + "/criteria/" + i2 + "/id", schemaPath: "#/properties/criteria/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema112.properties.criteria.items.properties.id, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/criteria/" + i2 + "/id", schemaPath: "#/properties/criteria/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.criteria.items.properties.id.type, parentSchema: schema112.properties.criteria.items.properties.id, data: data23 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data22.level !== void 0) {
              let data24 = data22.level;
              if (typeof data24 === "string") {
                if (!pattern1.test(data24)) {
                  const err54 = { instancePath: instancePath + "/criteria/" + i2 + "/level", schemaPath: "#/properties/criteria/items/properties/level/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema112.properties.criteria.items.properties.level, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/criteria/" + i2 + "/level", schemaPath: "#/properties/criteria/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.criteria.items.properties.level.type, parentSchema: schema112.properties.criteria.items.properties.level, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data22.theme !== void 0) {
              let data25 = data22.theme;
              if (typeof data25 !== "string") {
                const err56 = { instancePath: instancePath + "/criteria/" + i2 + "/theme", schemaPath: "#/properties/criteria/items/properties/theme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.criteria.items.properties.theme.type, parentSchema: schema112.properties.criteria.items.properties.theme, data: data25 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data22.text !== void 0) {
              let data26 = data22.text;
              if (typeof data26 === "string") {
                if (func32(data26) < 1) {
                  const err57 = { instancePath: instancePath + "/criteria/" + i2 + "/text", schemaPath: "#/properties/criteria/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema112.properties.criteria.items.properties.text, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/criteria/" + i2 + "/text", schemaPath: "#/properties/criteria/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.criteria.items.properties.text.type, parentSchema: schema112.properties.criteria.items.properties.text, data: data26 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data22.guidance !== void 0) {
              let data27 = data22.guidance;
              if (typeof data27 !== "string") {
                const err59 = { instancePath: instancePath + "/criteria/" + i2 + "/guidance", schemaPath: "#/properties/criteria/items/properties/guidance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.criteria.items.properties.guidance.type, parentSchema: schema112.properties.criteria.items.properties.guidance, data: data27 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/criteria/" + i2, schemaPath: "#/properties/criteria/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.criteria.items.type, parentSchema: schema112.properties.criteria.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/criteria", schemaPath: "#/properties/criteria/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.criteria.type, parentSchema: schema112.properties.criteria, data: data21 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
var validateCriteriaDocument, schema112, func22, func32, pattern02, pattern1, pattern2, pattern6;
var init_criteria_validator = __esm({
  "src/generated/criteria-validator.js"() {
    "use strict";
    validateCriteriaDocument = validate102;
    schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "criteria.schema.json", "title": "grade criteria file", "description": "A framework's specific grading criteria (SGC): statements at the levels of its grading scheme (hmic-2007: Fair and Good), with flags, thresholds and excellence factors.", "type": "object", "additionalProperties": false, "required": ["framework", "title", "group", "version", "criteria"], "properties": { "framework": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "Framework id: kebab-case, equal to the file stem." }, "scheme": { "type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$", "description": "The grading scheme (SPEC \xA77): criteria/schemes/<id>.yaml, or schemes/<id>.yaml in the --criteria folder. Default hmic-2007." }, "title": { "type": "string", "minLength": 1 }, "group": { "type": "string", "minLength": 1, "description": "Heading that groups frameworks in reports." }, "order": { "type": "integer", "description": "Extension: position of the framework in reports (lower first)." }, "version": { "type": "string", "minLength": 1, "description": "Recorded in every result; evidence must name the same criteriaVersion." }, "period": { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "to": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } }, "thresholds": { "type": "object", "description": "Values for the scheme's named thresholds (hmic-2007: most 0.5, vastMajority 0.8, wellShort 0.25, maxJudgementShift 1). maxJudgementShift is a whole number of grades; every other threshold lies in (0, 1].", "additionalProperties": { "type": "number" }, "properties": { "maxJudgementShift": { "type": "integer", "minimum": 0, "description": "Steps a professional judgement may move the grade (default 1)." } } }, "excellence": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 1, "description": 'How reports name the factor ("Beacon to others"); default: its id in words ("beacon" \u2192 "Beacon").' }, "text": { "type": "string", "minLength": 1 } } } }, "themes": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "title"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 1 } } } }, "criteria": { "type": "array", "items": { "type": "object", "additionalProperties": true, "required": ["id", "level", "text"], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "level": { "type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$", "description": "One of the scheme's levels (hmic-2007: fair or good)." }, "theme": { "type": "string" }, "text": { "type": "string", "minLength": 1 }, "guidance": { "type": "string" } }, "description": "A criterion. Besides the keys below, `<flag>: true` for each flag of the scheme it carries (hmic-2007: significant, dominant); any other key is refused." } } } };
    func22 = Object.prototype.hasOwnProperty;
    func32 = require_ucs2length().default;
    pattern02 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
    pattern1 = new RegExp("^[a-z0-9]+([-_][a-z0-9]+)*$", "u");
    pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
  }
});

// src/shared/salvage.ts
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function sparseItems(value, read) {
  const out = [];
  if (!Array.isArray(value)) return out;
  out.length = value.length;
  value.forEach((item, index) => {
    const kept = isRecord(item) ? read(item) : void 0;
    if (kept !== void 0) out[index] = kept;
  });
  return out;
}
function stringField(record, key) {
  const value = record[key];
  return typeof value === "string" ? value : void 0;
}
function withoutRepeats(found, more) {
  const key = (d) => `${d.code}@${d.line}:${d.column}`;
  const seen = new Set(found.map(key));
  return more.filter((d) => !seen.has(key(d)));
}
var init_salvage = __esm({
  "src/shared/salvage.ts"() {
    "use strict";
  }
});

// src/shared/command-names.ts
var COMMAND_NAMES, RESERVED_WORDS;
var init_command_names = __esm({
  "src/shared/command-names.ts"() {
    "use strict";
    COMMAND_NAMES = ["grade", "list", "show", "template", "import", "report", "validate", "test", "batch", "schema"];
    RESERVED_WORDS = [...COMMAND_NAMES, "help"];
  }
});

// src/shared/blank-text.ts
function isBlankText(text) {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !VISIBLE.test(text);
}
var VISIBLE;
var init_blank_text = __esm({
  "src/shared/blank-text.ts"() {
    "use strict";
    VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;
  }
});

// src/shared/title.ts
function titleFromId(id) {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words === "" ? id : words.charAt(0).toUpperCase() + words.slice(1);
}
var init_title = __esm({
  "src/shared/title.ts"() {
    "use strict";
  }
});

// src/criteria/model.ts
function excellenceTitle(factor) {
  return factor.title ?? titleFromId(factor.id);
}
var CRITERION_KEYS;
var init_model2 = __esm({
  "src/criteria/model.ts"() {
    "use strict";
    init_order();
    init_title();
    CRITERION_KEYS = ["id", "level", "theme", "text", "guidance"];
  }
});

// src/criteria/scheme/selectors.ts
function selectorMatches(selector, criterion) {
  return (selector.level === void 0 || criterion.level === selector.level) && (selector.flag === void 0 || criterion.flags.includes(selector.flag)) && (selector.theme === void 0 || criterion.theme === selector.theme) && (selector.critical !== true || criterion.critical);
}
function selectionMatches(selection2, criterion) {
  return selection2.some((selector) => selectorMatches(selector, criterion));
}
function describeSelector(selector, scheme, noun) {
  const words = [];
  const flag = selector.flag === void 0 ? void 0 : scheme.flags.find((f) => f.id === selector.flag);
  if (flag) words.push(flag.title);
  const levelId = selector.level ?? (flag && flag.levels.length === 1 ? flag.levels[0] : void 0);
  const level = levelId === void 0 ? void 0 : scheme.levels.find((l) => l.id === levelId);
  const own = level && (noun === "criterion" ? level.one : level.many);
  if (own !== void 0) words.push(own);
  else {
    if (levelId !== void 0) words.push(titleOf(scheme.levels, levelId));
    words.push(noun);
  }
  if (selector.theme !== void 0) words.push(`of theme "${selector.theme}"`);
  if (selector.critical === true) words.push("marked critical");
  return words.join(" ");
}
function describeSelection(selection2, scheme, noun) {
  return selection2.map((s) => describeSelector(s, scheme, noun)).join(" or ");
}
var init_selectors = __esm({
  "src/criteria/scheme/selectors.ts"() {
    "use strict";
    init_model();
  }
});

// src/criteria/check.ts
function duplicates(items, idOf, base, what) {
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === void 0) seen.set(id, index);
    else issues.push({
      code: "duplicate-id",
      severity: "error",
      path: [base, index, "id"],
      message: `duplicate ${what} id ${quote(id)} (the first is ${nthItem(base, first)})`
    });
  });
  return issues;
}
function flagsSet(criterion, scheme) {
  return scheme.flags.filter((flag) => criterion[flag.id] === true).map((flag) => flag.id);
}
function criterionIssues(criterion, index, scheme, themeIds) {
  const issues = [];
  const at = (key) => ["criteria", index, key];
  const levels = scheme.levels.map((l) => l.id);
  const flagIds = scheme.flags.map((f) => f.id);
  const keys = [...CRITERION_KEYS, ...flagIds];
  for (const key of Object.keys(criterion)) {
    if (CRITERION_KEYS.includes(key)) continue;
    if (!flagIds.includes(key)) {
      issues.push({
        code: "unknown-key",
        severity: "error",
        path: at(key),
        atKey: true,
        message: `criterion ${criterion.id}: unknown key ${quote(key)}${didYouMean(key, keys)}`
      });
    } else if (typeof criterion[key] !== "boolean") {
      issues.push({
        code: "invalid-type",
        severity: "error",
        path: at(key),
        message: `criterion ${criterion.id}: ${key} must be true or false, not ${describeFound(criterion[key])}`
      });
    }
  }
  const levelKnown = levels.includes(criterion.level);
  if (!levelKnown) {
    issues.push({
      code: "unknown-level",
      severity: "error",
      path: at("level"),
      message: `criterion ${criterion.id}: level must be ${orList(levels)}; got ${quote(criterion.level)}${didYouMean(criterion.level, levels)}`
    });
  }
  const set = flagsSet(criterion, scheme);
  for (const flag of scheme.flags) {
    if (!set.includes(flag.id)) continue;
    if (levelKnown && !flag.levels.includes(criterion.level)) {
      const allowed = orList(flag.levels.map((l) => titleOf(scheme.levels, l)));
      issues.push({
        code: "flag-level",
        severity: "error",
        path: at(flag.id),
        atKey: true,
        message: `"${flag.id}" is only allowed on a ${allowed} criterion; ${criterion.id} is a ${titleOf(scheme.levels, criterion.level)} criterion`
      });
    } else if (flag.implies !== void 0 && !set.includes(flag.implies)) {
      issues.push({
        code: "missing-implied-flag",
        severity: "error",
        path: at(flag.id),
        atKey: true,
        message: `${criterion.id} is ${flag.id} but not ${flag.implies}; a ${flag.id} criterion must also be marked ${flag.implies}: true`
      });
    }
  }
  if (criterion.theme !== void 0 && !themeIds.has(criterion.theme)) {
    issues.push({
      code: "unknown-theme",
      severity: "error",
      path: at("theme"),
      message: `${criterion.id} refers to theme ${quote(criterion.theme)}, which is not defined in themes${didYouMean(criterion.theme, themeIds)}`
    });
  }
  if (criterion.level === scheme.levels[0]?.id && scheme.levels.length > 1 && isBlankText(criterion.guidance ?? "")) {
    issues.push({
      code: "missing-guidance",
      severity: "warning",
      path: ["criteria", index],
      message: `${titleOf(scheme.levels, criterion.level)} criterion ${criterion.id} has no guidance on what evidence shows it`
    });
  }
  return issues;
}
function sharedLevels(scheme) {
  const levels = /* @__PURE__ */ new Set();
  for (const rule of [...scheme.rules, ...scheme.limiters]) {
    for (const c of [...rule.when, ..."advisory" in rule && rule.advisory ? rule.advisory.when : []]) {
      if (c.kind === "share" || c.kind === "score") {
        for (const s of c.select) if (s.level !== void 0) levels.add(s.level);
      }
    }
  }
  return [...levels];
}
function matchesAny(doc, scheme, selector) {
  if (selector.critical === true) return true;
  return doc.criteria.some((c) => selectorMatches(selector, { level: c.level, theme: c.theme ?? "", flags: impliedFlags(flagsSet(c, scheme), scheme), critical: false }));
}
function impliedFlags(flags, scheme) {
  const all = new Set(flags);
  for (let grew = true; grew; ) {
    grew = false;
    for (const flag of scheme.flags) {
      if (all.has(flag.id) && flag.implies !== void 0 && !all.has(flag.implies)) {
        all.add(flag.implies);
        grew = true;
      }
    }
  }
  return scheme.flags.map((f) => f.id).filter((id) => all.has(id));
}
function frameworkIssues(doc, scheme) {
  const issues = [];
  const where = { path: ["criteria"] };
  const required = [...scheme.require, ...sharedLevels(scheme).map((level) => ({ level }))];
  const said = /* @__PURE__ */ new Set();
  const levelsMissing = /* @__PURE__ */ new Set();
  for (const selector of required) {
    const words = describeSelection([selector], scheme, "criterion");
    if (said.has(words) || matchesAny(doc, scheme, selector)) continue;
    const flag = selector.flag === void 0 || selector.level !== void 0 ? void 0 : scheme.flags.find((f) => f.id === selector.flag);
    if (flag && flag.levels.every((l) => levelsMissing.has(l))) continue;
    if (selector.level !== void 0 && selector.flag === void 0 && selector.theme === void 0) levelsMissing.add(selector.level);
    said.add(words);
    issues.push({ code: "require-unmatched", severity: "error", ...where, message: `the framework has no ${words} (its scheme, ${scheme.id}, needs one)` });
  }
  if (issues.length === 0) {
    for (const flag of scheme.flags) {
      if (!doc.criteria.some((c) => c[flag.id] === true)) {
        issues.push({ code: "unused-flag", severity: "warning", ...where, message: `the framework flags no ${flag.id} criterion` });
      }
    }
  }
  return issues;
}
function thresholdIssues2(doc, scheme) {
  const own = doc.thresholds ?? {};
  const known = Object.keys(scheme.thresholds);
  const issues = [];
  for (const name of Object.keys(own)) {
    if (!known.includes(name)) issues.push({
      code: "unknown-threshold",
      severity: "error",
      path: ["thresholds", name],
      atKey: true,
      message: `${quote(name)} is not a threshold of scheme ${scheme.id}${known.length > 0 ? ` (${known.join(", ")})` : " (it has none)"}${didYouMean(name, known)}`
    });
  }
  issues.push(...checkThresholdValues(own, ["thresholds"]));
  const merged = { ...scheme.thresholds, ...own };
  issues.push(...checkIncreasing(
    scheme.increasing,
    merged,
    known,
    ["thresholds"],
    (name) => own[name] !== void 0 ? ["thresholds", name] : void 0
  ));
  return issues;
}
function checkCriteria(doc, stem, scheme) {
  const issues = [];
  if (doc.framework !== stem) {
    issues.push({
      code: "framework-id-mismatch",
      severity: "error",
      path: ["framework"],
      message: `framework id ${quote(doc.framework)} must equal the file stem ${quote(stem)}`
    });
  }
  if (RESERVED_FRAMEWORK_IDS.includes(doc.framework)) {
    issues.push({
      code: "framework-id-reserved",
      severity: "error",
      path: ["framework"],
      message: `framework id ${quote(doc.framework)} is a command name and would shadow \`grade ${doc.framework}\``
    });
  }
  const themes = doc.themes ?? [];
  const themeIds = /* @__PURE__ */ new Set();
  themes.forEach((theme) => themeIds.add(theme.id));
  issues.push(...duplicates(themes, (t) => t.id, "themes", "theme"));
  issues.push(...duplicates(doc.excellence ?? [], (f) => f.id, "excellence", "excellence factor"));
  issues.push(...duplicates(doc.criteria, (c) => c.id, "criteria", "criterion"));
  doc.criteria.forEach((criterion, index) => issues.push(...criterionIssues(criterion, index, scheme, themeIds)));
  const levels = scheme.levels.map((l) => l.id);
  const readable = doc.criteria.filter(() => true).every((c) => levels.includes(c.level));
  issues.push(...readable ? frameworkIssues(doc, scheme) : [], ...thresholdIssues2(doc, scheme));
  return issues;
}
var RESERVED_FRAMEWORK_IDS;
var init_check2 = __esm({
  "src/criteria/check.ts"() {
    "use strict";
    init_command_names();
    init_blank_text();
    init_quote();
    init_paths();
    init_suggest();
    init_schema_issues();
    init_model2();
    init_check();
    init_model();
    init_selectors();
    RESERVED_FRAMEWORK_IDS = RESERVED_WORDS;
  }
});

// src/criteria/salvage.ts
function readCriterion(item) {
  const id = stringField(item, "id");
  const level = item.level;
  if (id === void 0 || typeof level !== "string") return void 0;
  const theme = stringField(item, "theme");
  const guidance = item.guidance === void 0 ? void 0 : stringField(item, "guidance") ?? "(not text)";
  return {
    id,
    level,
    text: stringField(item, "text") ?? "",
    ...theme !== void 0 ? { theme } : {},
    // Every other key as written: the check knows which are the scheme's flags.
    ...Object.fromEntries(Object.entries(item).filter(([key]) => !["id", "level", "text", "theme", "guidance"].includes(key))),
    // Guidance that is there but not text is already a schema error; don't report it as missing too.
    ...guidance !== void 0 ? { guidance } : {}
  };
}
function salvageCriteria(data, stem) {
  if (!Array.isArray(data.criteria)) return void 0;
  const thresholds = {};
  if (isRecord(data.thresholds)) {
    for (const [key, value] of Object.entries(data.thresholds)) if (typeof value === "number") thresholds[key] = value;
  }
  const idAndText = (item) => {
    const id = stringField(item, "id");
    return id === void 0 ? void 0 : { id, text: "", title: "" };
  };
  return {
    framework: stringField(data, "framework") ?? stem,
    title: "",
    group: "",
    version: "",
    thresholds,
    excellence: sparseItems(data.excellence, idAndText),
    themes: sparseItems(data.themes, idAndText),
    criteria: sparseItems(data.criteria, readCriterion)
  };
}
var init_salvage2 = __esm({
  "src/criteria/salvage.ts"() {
    "use strict";
    init_salvage();
  }
});

// src/criteria/parse.ts
var parse_exports = {};
__export(parse_exports, {
  parseCriteria: () => parseCriteria
});
function schemeOf(data, schemes, locate) {
  const id = typeof data.scheme === "string" ? data.scheme : DEFAULT_SCHEME;
  const loaded = schemes(id);
  if (loaded === void 0) {
    return { diagnostics: [locate({
      code: "unknown-scheme",
      severity: "error",
      path: ["scheme"],
      message: `unknown grading scheme ${quote(id)}; the schemes are ${schemes.known().join(", ")}${didYouMean(id, schemes.known())}`
    })] };
  }
  if (!loaded.ok) {
    const first = loaded.diagnostics.find((d) => d.severity === "error");
    return { diagnostics: [...loaded.diagnostics, locate({
      code: "scheme-invalid",
      severity: "error",
      path: ["scheme"],
      message: `the grading scheme ${quote(id)} is invalid${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ""}`
    })] };
  }
  return { scheme: loaded.value, diagnostics: loaded.diagnostics };
}
function parseCriteria(text, file, sha256 = sha256Hex(text), schemes = schemeLookupFor(file)) {
  const { data, diagnostics, locate } = parseYamlSource(text, file, "a criteria file");
  if (!data) return { ok: false, diagnostics };
  const { scheme, diagnostics: schemeDiagnostics } = schemeOf(data, schemes, locate);
  diagnostics.push(...schemeDiagnostics);
  const stem = fileStem(file);
  let document = data;
  let partial = false;
  if (!validateCriteriaDocument(data)) {
    diagnostics.push(...schemaErrorsToIssues(validateCriteriaDocument.errors ?? [], data).map(locate));
    document = salvageCriteria(data, stem);
    partial = document !== void 0 && document.criteria.filter(() => true).length < data.criteria.length;
  }
  if (document && scheme) {
    let issues = checkCriteria(document, stem, scheme);
    if (partial) issues = issues.filter((issue) => !COUNT_CODES.has(issue.code));
    diagnostics.push(...withoutRepeats(diagnostics, issues.map(locate)));
  }
  if (hasErrors(diagnostics) || !scheme) return { ok: false, diagnostics };
  return { ok: true, value: toModel(data, scheme, file, sha256), diagnostics };
}
function toModel(doc, scheme, file, sha256) {
  return {
    framework: doc.framework,
    title: doc.title,
    group: doc.group,
    ...doc.order !== void 0 ? { order: doc.order } : {},
    version: doc.version,
    ...doc.period ? { period: doc.period } : {},
    scheme,
    thresholds: { ...scheme.thresholds, ...doc.thresholds },
    excellence: doc.excellence ?? scheme.factors.map((id) => ({ id, text: id })),
    themes: doc.themes ?? [],
    criteria: doc.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      theme: c.theme ?? "",
      flags: impliedFlags(flagsSet(c, scheme), scheme),
      text: c.text,
      ...c.guidance !== void 0 ? { guidance: c.guidance } : {}
    })),
    sha256,
    file
  };
}
var COUNT_CODES;
var init_parse2 = __esm({
  "src/criteria/parse.ts"() {
    "use strict";
    init_stem();
    init_hash();
    init_criteria_validator();
    init_diagnostics();
    init_salvage();
    init_schema_issues();
    init_check2();
    init_load();
    init_quote();
    init_suggest();
    init_salvage2();
    init_yaml_source();
    COUNT_CODES = /* @__PURE__ */ new Set(["require-unmatched", "unused-flag"]);
  }
});

// ../scratch/mb7.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");

// src/criteria/load.ts
init_hash();
init_read_text();
init_prebuilt();
init_stem();
init_load();
function cachedParse(text, byteLength, file, maxBytes) {
  const cached = prebuiltParse(`criteria-${fileStem(file)}`);
  if (!cached || cached.byteLength !== byteLength || cached.source !== text) return void 0;
  const { model, diagnostics } = JSON.parse(cached.parsed);
  const scheme = schemeLookupFor(file, maxBytes)(model.scheme.id);
  if (!scheme?.ok || JSON.stringify({ ...scheme.value, file: "" }) !== JSON.stringify({ ...model.scheme, file: "" })) return void 0;
  return { ok: true, value: { ...model, scheme: scheme.value, file }, diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}
async function parseCriteriaText(text, file, sha256 = sha256Hex(text), schemes = schemeLookupFor(file)) {
  const { parseCriteria: parseCriteria2 } = await Promise.resolve().then(() => (init_parse2(), parse_exports));
  return parseCriteria2(text, file, sha256, schemes);
}
async function loadCriteriaFile(file, maxBytes) {
  const bytes = readFileBytesSync(file, maxBytes);
  if (!bytes.ok) return { ok: false, diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, file);
  if (!text.ok) return { ok: false, diagnostics: text.diagnostics };
  const cached = cachedParse(text.value, bytes.value.length, file, maxBytes);
  if (cached) return cached;
  return parseCriteriaText(text.value, file, sha256Hex(bytes.value), schemeLookupFor(file, maxBytes));
}

// src/evidence/force-name.ts
init_quote();

// src/generated/evidence-validator.js
var validateEvidenceDocument = validate103;
var schema113 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "evidence.schema.json", "title": "grade evidence file", "description": "Inspection evidence for one force on one framework: a finding per criterion, excellence factors, critical marks, professional judgement and the report narrative.", "type": "object", "additionalProperties": false, "required": ["framework", "criteriaVersion", "force", "findings"], "definitions": { "text": { "type": "string" }, "texts": { "type": "array", "items": { "type": "string" } } }, "properties": { "$schema": { "type": "string" }, "framework": { "type": "string", "minLength": 1 }, "criteriaVersion": { "type": "string", "minLength": 1 }, "force": { "type": "object", "additionalProperties": false, "required": ["id", "name"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "name": { "type": "string", "minLength": 1 } } }, "findings": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["criterion"], "properties": { "criterion": { "type": "string", "minLength": 1 }, "status": { "enum": ["met", "partly-met", "not-met", "not-applicable", ""], "description": '"" while not assessed yet (a draft): counts as no finding' }, "score": { "type": "integer", "description": "In a scored scheme: the finding's score, within the scheme's scores range (cqc-saf: 1 to 4)." }, "evidence": { "$ref": "#/definitions/texts" }, "sources": { "$ref": "#/definitions/texts" }, "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "When what the finding reports was seen (YYYY-MM-DD); outside the criteria's period is a warning" } }, "description": "One finding: a status, or in a scored scheme (cqc-saf) a score (not-applicable is still a status). A finding with neither is refused." } }, "excellence": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["factor", "status"], "properties": { "factor": { "type": "string", "minLength": 1 }, "status": { "enum": ["met", "partly-met", "not-met", ""], "description": '"" while not assessed yet (a draft): counts as not evidenced' }, "evidence": { "$ref": "#/definitions/texts" }, "sources": { "$ref": "#/definitions/texts" } } } }, "critical": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["criterion", "rationale"], "properties": { "criterion": { "type": "string", "minLength": 1 }, "rationale": { "type": "string" } } } }, "judgement": { "type": "object", "additionalProperties": false, "required": ["grade", "rationale", "by"], "properties": { "grade": { "type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$", "description": "A grade of the criteria's scheme (hmic-2007: poor, fair, good, excellent)." }, "rationale": { "type": "string" }, "by": { "type": "string" } } }, "concerns": { "type": "array", "description": "Causes of concern (SPEC \xA77 `concerns`; peel-2021: any gives Inadequate).", "items": { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "$ref": "#/definitions/text" }, "recommendation": { "$ref": "#/definitions/text" } } } }, "previous": { "type": "object", "additionalProperties": false, "required": ["round", "grade"], "description": "The grade this force had in an earlier round, for the direction of travel.", "properties": { "round": { "$ref": "#/definitions/text" }, "grade": { "type": "string", "pattern": "^[a-z0-9]+([-_][a-z0-9]+)*$" }, "framework": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" } } }, "report": { "type": "object", "additionalProperties": false, "properties": { "contextualFactors": { "$ref": "#/definitions/texts" }, "strengths": { "$ref": "#/definitions/texts" }, "workInProgress": { "$ref": "#/definitions/texts" }, "areasForImprovement": { "$ref": "#/definitions/texts" }, "recommendations": { "$ref": "#/definitions/texts" }, "developingPractice": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["title"], "properties": { "title": { "type": "string", "minLength": 1 }, "problem": { "type": "string" }, "solution": { "type": "string" }, "outcomes": { "$ref": "#/definitions/texts" }, "contact": { "type": "string" } } } } } } } };
var schema122 = { "type": "array", "items": { "type": "string" } };
var schema162 = { "type": "string" };
var func23 = Object.prototype.hasOwnProperty;
var func33 = require_ucs2length().default;
var pattern03 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern22 = new RegExp("^[a-z0-9]+([-_][a-z0-9]+)*$", "u");
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.framework === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.criteriaVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "criteriaVersion" }, message: "must have required property 'criteriaVersion'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.force === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "force" }, message: "must have required property 'force'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func23.call(schema113.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.$schema.type, parentSchema: schema113.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data1 = data.framework;
      if (typeof data1 === "string") {
        if (func33(data1) < 1) {
          const err6 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.framework, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.framework.type, parentSchema: schema113.properties.framework, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.criteriaVersion !== void 0) {
      let data2 = data.criteriaVersion;
      if (typeof data2 === "string") {
        if (func33(data2) < 1) {
          const err8 = { instancePath: instancePath + "/criteriaVersion", schemaPath: "#/properties/criteriaVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.criteriaVersion, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/criteriaVersion", schemaPath: "#/properties/criteriaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.criteriaVersion.type, parentSchema: schema113.properties.criteriaVersion, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.force !== void 0) {
      let data3 = data.force;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.id === void 0) {
          const err10 = { instancePath: instancePath + "/force", schemaPath: "#/properties/force/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema113.properties.force.required, parentSchema: schema113.properties.force, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.name === void 0) {
          const err11 = { instancePath: instancePath + "/force", schemaPath: "#/properties/force/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema113.properties.force.required, parentSchema: schema113.properties.force, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "id" || key1 === "name")) {
            const err12 = { instancePath: instancePath + "/force", schemaPath: "#/properties/force/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.force, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.id !== void 0) {
          let data4 = data3.id;
          if (typeof data4 === "string") {
            if (!pattern03.test(data4)) {
              const err13 = { instancePath: instancePath + "/force/id", schemaPath: "#/properties/force/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema113.properties.force.properties.id, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/force/id", schemaPath: "#/properties/force/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.force.properties.id.type, parentSchema: schema113.properties.force.properties.id, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data5 = data3.name;
          if (typeof data5 === "string") {
            if (func33(data5) < 1) {
              const err15 = { instancePath: instancePath + "/force/name", schemaPath: "#/properties/force/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.force.properties.name, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/force/name", schemaPath: "#/properties/force/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.force.properties.name.type, parentSchema: schema113.properties.force.properties.name, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/force", schemaPath: "#/properties/force/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.force.type, parentSchema: schema113.properties.force, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data6 = data.findings;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.criterion === void 0) {
              const err18 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "criterion" }, message: "must have required property 'criterion'", schema: schema113.properties.findings.items.required, parentSchema: schema113.properties.findings.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "criterion" || key2 === "status" || key2 === "score" || key2 === "evidence" || key2 === "sources" || key2 === "date")) {
                const err19 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.findings.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data7.criterion !== void 0) {
              let data8 = data7.criterion;
              if (typeof data8 === "string") {
                if (func33(data8) < 1) {
                  const err20 = { instancePath: instancePath + "/findings/" + i0 + "/criterion", schemaPath: "#/properties/findings/items/properties/criterion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.findings.items.properties.criterion, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/findings/" + i0 + "/criterion", schemaPath: "#/properties/findings/items/properties/criterion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.findings.items.properties.criterion.type, parentSchema: schema113.properties.findings.items.properties.criterion, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data7.status !== void 0) {
              let data9 = data7.status;
              if (!(data9 === "met" || data9 === "partly-met" || data9 === "not-met" || data9 === "not-applicable" || data9 === "")) {
                const err22 = { instancePath: instancePath + "/findings/" + i0 + "/status", schemaPath: "#/properties/findings/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema113.properties.findings.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.findings.items.properties.status.enum, parentSchema: schema113.properties.findings.items.properties.status, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data7.score !== void 0) {
              let data10 = data7.score;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err23 = { instancePath: instancePath + "/findings/" + i0 + "/score", schemaPath: "#/properties/findings/items/properties/score/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.findings.items.properties.score.type, parentSchema: schema113.properties.findings.items.properties.score, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data7.evidence !== void 0) {
              let data11 = data7.evidence;
              if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (typeof data12 !== "string") {
                    const err24 = { instancePath: instancePath + "/findings/" + i0 + "/evidence/" + i1, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/findings/" + i0 + "/evidence", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data11 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.sources !== void 0) {
              let data13 = data7.sources;
              if (Array.isArray(data13)) {
                const len2 = data13.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data14 = data13[i2];
                  if (typeof data14 !== "string") {
                    const err26 = { instancePath: instancePath + "/findings/" + i0 + "/sources/" + i2, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/findings/" + i0 + "/sources", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data13 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.date !== void 0) {
              let data15 = data7.date;
              if (typeof data15 === "string") {
                if (!pattern12.test(data15)) {
                  const err28 = { instancePath: instancePath + "/findings/" + i0 + "/date", schemaPath: "#/properties/findings/items/properties/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema113.properties.findings.items.properties.date, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/findings/" + i0 + "/date", schemaPath: "#/properties/findings/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.findings.items.properties.date.type, parentSchema: schema113.properties.findings.items.properties.date, data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.findings.items.type, parentSchema: schema113.properties.findings.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.findings.type, parentSchema: schema113.properties.findings, data: data6 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.excellence !== void 0) {
      let data16 = data.excellence;
      if (Array.isArray(data16)) {
        const len3 = data16.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.factor === void 0) {
              const err32 = { instancePath: instancePath + "/excellence/" + i3, schemaPath: "#/properties/excellence/items/required", keyword: "required", params: { missingProperty: "factor" }, message: "must have required property 'factor'", schema: schema113.properties.excellence.items.required, parentSchema: schema113.properties.excellence.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data17.status === void 0) {
              const err33 = { instancePath: instancePath + "/excellence/" + i3, schemaPath: "#/properties/excellence/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema113.properties.excellence.items.required, parentSchema: schema113.properties.excellence.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "factor" || key3 === "status" || key3 === "evidence" || key3 === "sources")) {
                const err34 = { instancePath: instancePath + "/excellence/" + i3, schemaPath: "#/properties/excellence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.excellence.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data17.factor !== void 0) {
              let data18 = data17.factor;
              if (typeof data18 === "string") {
                if (func33(data18) < 1) {
                  const err35 = { instancePath: instancePath + "/excellence/" + i3 + "/factor", schemaPath: "#/properties/excellence/items/properties/factor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.excellence.items.properties.factor, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/excellence/" + i3 + "/factor", schemaPath: "#/properties/excellence/items/properties/factor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.excellence.items.properties.factor.type, parentSchema: schema113.properties.excellence.items.properties.factor, data: data18 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data17.status !== void 0) {
              let data19 = data17.status;
              if (!(data19 === "met" || data19 === "partly-met" || data19 === "not-met" || data19 === "")) {
                const err37 = { instancePath: instancePath + "/excellence/" + i3 + "/status", schemaPath: "#/properties/excellence/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema113.properties.excellence.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.excellence.items.properties.status.enum, parentSchema: schema113.properties.excellence.items.properties.status, data: data19 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data17.evidence !== void 0) {
              let data20 = data17.evidence;
              if (Array.isArray(data20)) {
                const len4 = data20.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data21 = data20[i4];
                  if (typeof data21 !== "string") {
                    const err38 = { instancePath: instancePath + "/excellence/" + i3 + "/evidence/" + i4, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/excellence/" + i3 + "/evidence", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data20 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data17.sources !== void 0) {
              let data22 = data17.sources;
              if (Array.isArray(data22)) {
                const len5 = data22.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data23 = data22[i5];
                  if (typeof data23 !== "string") {
                    const err40 = { instancePath: instancePath + "/excellence/" + i3 + "/sources/" + i5, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/excellence/" + i3 + "/sources", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data22 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/excellence/" + i3, schemaPath: "#/properties/excellence/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.excellence.items.type, parentSchema: schema113.properties.excellence.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/excellence", schemaPath: "#/properties/excellence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.excellence.type, parentSchema: schema113.properties.excellence, data: data16 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.critical !== void 0) {
      let data24 = data.critical;
      if (Array.isArray(data24)) {
        const len6 = data24.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data25 = data24[i6];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.criterion === void 0) {
              const err44 = { instancePath: instancePath + "/critical/" + i6, schemaPath: "#/properties/critical/items/required", keyword: "required", params: { missingProperty: "criterion" }, message: "must have required property 'criterion'", schema: schema113.properties.critical.items.required, parentSchema: schema113.properties.critical.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data25.rationale === void 0) {
              const err45 = { instancePath: instancePath + "/critical/" + i6, schemaPath: "#/properties/critical/items/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'", schema: schema113.properties.critical.items.required, parentSchema: schema113.properties.critical.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key4 in data25) {
              if (!(key4 === "criterion" || key4 === "rationale")) {
                const err46 = { instancePath: instancePath + "/critical/" + i6, schemaPath: "#/properties/critical/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.critical.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data25.criterion !== void 0) {
              let data26 = data25.criterion;
              if (typeof data26 === "string") {
                if (func33(data26) < 1) {
                  const err47 = { instancePath: instancePath + "/critical/" + i6 + "/criterion", schemaPath: "#/properties/critical/items/properties/criterion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.critical.items.properties.criterion, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/critical/" + i6 + "/criterion", schemaPath: "#/properties/critical/items/properties/criterion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.critical.items.properties.criterion.type, parentSchema: schema113.properties.critical.items.properties.criterion, data: data26 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data25.rationale !== void 0) {
              let data27 = data25.rationale;
              if (typeof data27 !== "string") {
                const err49 = { instancePath: instancePath + "/critical/" + i6 + "/rationale", schemaPath: "#/properties/critical/items/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.critical.items.properties.rationale.type, parentSchema: schema113.properties.critical.items.properties.rationale, data: data27 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/critical/" + i6, schemaPath: "#/properties/critical/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.critical.items.type, parentSchema: schema113.properties.critical.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/critical", schemaPath: "#/properties/critical/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.critical.type, parentSchema: schema113.properties.critical, data: data24 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.judgement !== void 0) {
      let data28 = data.judgement;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.grade === void 0) {
          const err52 = { instancePath: instancePath + "/judgement", schemaPath: "#/properties/judgement/required", keyword: "required", params: { missingProperty: "grade" }, message: "must have required property 'grade'", schema: schema113.properties.judgement.required, parentSchema: schema113.properties.judgement, data: data28 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data28.rationale === void 0) {
          const err53 = { instancePath: instancePath + "/judgement", schemaPath: "#/properties/judgement/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'", schema: schema113.properties.judgement.required, parentSchema: schema113.properties.judgement, data: data28 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data28.by === void 0) {
          const err54 = { instancePath: instancePath + "/judgement", schemaPath: "#/properties/judgement/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema113.properties.judgement.required, parentSchema: schema113.properties.judgement, data: data28 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key5 in data28) {
          if (!(key5 === "grade" || key5 === "rationale" || key5 === "by")) {
            const err55 = { instancePath: instancePath + "/judgement", schemaPath: "#/properties/judgement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.judgement, data: data28 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data28.grade !== void 0) {
          let data29 = data28.grade;
          if (typeof data29 === "string") {
            if (!pattern22.test(data29)) {
              const err56 = { instancePath: instancePath + "/judgement/grade", schemaPath: "#/properties/judgement/properties/grade/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema113.properties.judgement.properties.grade, data: data29 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/judgement/grade", schemaPath: "#/properties/judgement/properties/grade/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.judgement.properties.grade.type, parentSchema: schema113.properties.judgement.properties.grade, data: data29 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data28.rationale !== void 0) {
          let data30 = data28.rationale;
          if (typeof data30 !== "string") {
            const err58 = { instancePath: instancePath + "/judgement/rationale", schemaPath: "#/properties/judgement/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.judgement.properties.rationale.type, parentSchema: schema113.properties.judgement.properties.rationale, data: data30 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data28.by !== void 0) {
          let data31 = data28.by;
          if (typeof data31 !== "string") {
            const err59 = { instancePath: instancePath + "/judgement/by", schemaPath: "#/properties/judgement/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.judgement.properties.by.type, parentSchema: schema113.properties.judgement.properties.by, data: data31 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/judgement", schemaPath: "#/properties/judgement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.judgement.type, parentSchema: schema113.properties.judgement, data: data28 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.concerns !== void 0) {
      let data32 = data.concerns;
      if (Array.isArray(data32)) {
        const len7 = data32.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data33 = data32[i7];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.text === void 0) {
              const err61 = { instancePath: instancePath + "/concerns/" + i7, schemaPath: "#/properties/concerns/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema113.properties.concerns.items.required, parentSchema: schema113.properties.concerns.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            for (const key6 in data33) {
              if (!(key6 === "text" || key6 === "recommendation")) {
                const err62 = { instancePath: instancePath + "/concerns/" + i7, schemaPath: "#/properties/concerns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.concerns.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data33.text !== void 0) {
              let data34 = data33.text;
              if (typeof data34 !== "string") {
                const err63 = { instancePath: instancePath + "/concerns/" + i7 + "/text", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema162.type, parentSchema: schema162, data: data34 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data33.recommendation !== void 0) {
              let data35 = data33.recommendation;
              if (typeof data35 !== "string") {
                const err64 = { instancePath: instancePath + "/concerns/" + i7 + "/recommendation", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema162.type, parentSchema: schema162, data: data35 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/concerns/" + i7, schemaPath: "#/properties/concerns/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.concerns.items.type, parentSchema: schema113.properties.concerns.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/concerns", schemaPath: "#/properties/concerns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.concerns.type, parentSchema: schema113.properties.concerns, data: data32 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.previous !== void 0) {
      let data36 = data.previous;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.round === void 0) {
          const err67 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/required", keyword: "required", params: { missingProperty: "round" }, message: "must have required property 'round'", schema: schema113.properties.previous.required, parentSchema: schema113.properties.previous, data: data36 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data36.grade === void 0) {
          const err68 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/required", keyword: "required", params: { missingProperty: "grade" }, message: "must have required property 'grade'", schema: schema113.properties.previous.required, parentSchema: schema113.properties.previous, data: data36 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        for (const key7 in data36) {
          if (!(key7 === "round" || key7 === "grade" || key7 === "framework")) {
            const err69 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.previous, data: data36 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data36.round !== void 0) {
          let data37 = data36.round;
          if (typeof data37 !== "string") {
            const err70 = { instancePath: instancePath + "/previous/round", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema162.type, parentSchema: schema162, data: data37 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data36.grade !== void 0) {
          let data38 = data36.grade;
          if (typeof data38 === "string") {
            if (!pattern22.test(data38)) {
              const err71 = { instancePath: instancePath + "/previous/grade", schemaPath: "#/properties/previous/properties/grade/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-_][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-_][a-z0-9]+)*$"', schema: "^[a-z0-9]+([-_][a-z0-9]+)*$", parentSchema: schema113.properties.previous.properties.grade, data: data38 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/previous/grade", schemaPath: "#/properties/previous/properties/grade/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.previous.properties.grade.type, parentSchema: schema113.properties.previous.properties.grade, data: data38 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data36.framework !== void 0) {
          let data39 = data36.framework;
          if (typeof data39 === "string") {
            if (!pattern03.test(data39)) {
              const err73 = { instancePath: instancePath + "/previous/framework", schemaPath: "#/properties/previous/properties/framework/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema113.properties.previous.properties.framework, data: data39 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = { instancePath: instancePath + "/previous/framework", schemaPath: "#/properties/previous/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.previous.properties.framework.type, parentSchema: schema113.properties.previous.properties.framework, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.previous.type, parentSchema: schema113.properties.previous, data: data36 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data40 = data.report;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        for (const key8 in data40) {
          if (!(key8 === "contextualFactors" || key8 === "strengths" || key8 === "workInProgress" || key8 === "areasForImprovement" || key8 === "recommendations" || key8 === "developingPractice")) {
            const err76 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.report, data: data40 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data40.contextualFactors !== void 0) {
          let data41 = data40.contextualFactors;
          if (Array.isArray(data41)) {
            const len8 = data41.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data42 = data41[i8];
              if (typeof data42 !== "string") {
                const err77 = { instancePath: instancePath + "/report/contextualFactors/" + i8, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/report/contextualFactors", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data41 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data40.strengths !== void 0) {
          let data43 = data40.strengths;
          if (Array.isArray(data43)) {
            const len9 = data43.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data44 = data43[i9];
              if (typeof data44 !== "string") {
                const err79 = { instancePath: instancePath + "/report/strengths/" + i9, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data44 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/report/strengths", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data43 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data40.workInProgress !== void 0) {
          let data45 = data40.workInProgress;
          if (Array.isArray(data45)) {
            const len10 = data45.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data46 = data45[i10];
              if (typeof data46 !== "string") {
                const err81 = { instancePath: instancePath + "/report/workInProgress/" + i10, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data46 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/report/workInProgress", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data45 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data40.areasForImprovement !== void 0) {
          let data47 = data40.areasForImprovement;
          if (Array.isArray(data47)) {
            const len11 = data47.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data48 = data47[i11];
              if (typeof data48 !== "string") {
                const err83 = { instancePath: instancePath + "/report/areasForImprovement/" + i11, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data48 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = { instancePath: instancePath + "/report/areasForImprovement", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data47 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data40.recommendations !== void 0) {
          let data49 = data40.recommendations;
          if (Array.isArray(data49)) {
            const len12 = data49.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data50 = data49[i12];
              if (typeof data50 !== "string") {
                const err85 = { instancePath: instancePath + "/report/recommendations/" + i12, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/report/recommendations", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data49 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data40.developingPractice !== void 0) {
          let data51 = data40.developingPractice;
          if (Array.isArray(data51)) {
            const len13 = data51.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data52 = data51[i13];
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                if (data52.title === void 0) {
                  const err87 = { instancePath: instancePath + "/report/developingPractice/" + i13, schemaPath: "#/properties/report/properties/developingPractice/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema113.properties.report.properties.developingPractice.items.required, parentSchema: schema113.properties.report.properties.developingPractice.items, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                for (const key9 in data52) {
                  if (!(key9 === "title" || key9 === "problem" || key9 === "solution" || key9 === "outcomes" || key9 === "contact")) {
                    const err88 = { instancePath: instancePath + "/report/developingPractice/" + i13, schemaPath: "#/properties/report/properties/developingPractice/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.report.properties.developingPractice.items, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data52.title !== void 0) {
                  let data53 = data52.title;
                  if (typeof data53 === "string") {
                    if (func33(data53) < 1) {
                      const err89 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/title", schemaPath: "#/properties/report/properties/developingPractice/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema113.properties.report.properties.developingPractice.items.properties.title, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/title", schemaPath: "#/properties/report/properties/developingPractice/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.report.properties.developingPractice.items.properties.title.type, parentSchema: schema113.properties.report.properties.developingPractice.items.properties.title, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data52.problem !== void 0) {
                  let data54 = data52.problem;
                  if (typeof data54 !== "string") {
                    const err91 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/problem", schemaPath: "#/properties/report/properties/developingPractice/items/properties/problem/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.report.properties.developingPractice.items.properties.problem.type, parentSchema: schema113.properties.report.properties.developingPractice.items.properties.problem, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data52.solution !== void 0) {
                  let data55 = data52.solution;
                  if (typeof data55 !== "string") {
                    const err92 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/solution", schemaPath: "#/properties/report/properties/developingPractice/items/properties/solution/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.report.properties.developingPractice.items.properties.solution.type, parentSchema: schema113.properties.report.properties.developingPractice.items.properties.solution, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data52.outcomes !== void 0) {
                  let data56 = data52.outcomes;
                  if (Array.isArray(data56)) {
                    const len14 = data56.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      let data57 = data56[i14];
                      if (typeof data57 !== "string") {
                        const err93 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/outcomes/" + i14, schemaPath: "#/definitions/texts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.items.type, parentSchema: schema122.items, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/outcomes", schemaPath: "#/definitions/texts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.type, parentSchema: schema122, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data52.contact !== void 0) {
                  let data58 = data52.contact;
                  if (typeof data58 !== "string") {
                    const err95 = { instancePath: instancePath + "/report/developingPractice/" + i13 + "/contact", schemaPath: "#/properties/report/properties/developingPractice/items/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.report.properties.developingPractice.items.properties.contact.type, parentSchema: schema113.properties.report.properties.developingPractice.items.properties.contact, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/report/developingPractice/" + i13, schemaPath: "#/properties/report/properties/developingPractice/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.report.properties.developingPractice.items.type, parentSchema: schema113.properties.report.properties.developingPractice.items, data: data52 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/report/developingPractice", schemaPath: "#/properties/report/properties/developingPractice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.report.properties.developingPractice.type, parentSchema: schema113.properties.report.properties.developingPractice, data: data51 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.report.type, parentSchema: schema113.properties.report, data: data40 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
  } else {
    const err99 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.type, parentSchema: schema113, data };
    if (vErrors === null) {
      vErrors = [err99];
    } else {
      vErrors.push(err99);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}

// src/evidence/load.ts
init_diagnostics();
init_read_text();
init_schema_issues();

// src/evidence/check.ts
init_blank_text();
init_quote();
init_paths();
init_suggest();

// src/evidence/dates.ts
init_quote();
function isCalendarDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function isDateInPeriod(date, period) {
  return isCalendarDate(date) && (!period || date >= period.from && date <= period.to);
}
function checkFindingDates(criteria, evidence) {
  const issues = [];
  const period = criteria.period;
  evidence.findings.forEach((finding, index) => {
    const date = finding.date;
    if (typeof date !== "string") return;
    if (!isCalendarDate(date)) {
      issues.push({
        code: "invalid-value",
        severity: "error",
        path: ["findings", index, "date"],
        message: `findings[${index}].date ${quote(date)} is not a day of the calendar (YYYY-MM-DD)`
      });
    } else if (period && !isDateInPeriod(date, period)) {
      issues.push({
        code: "date-outside-period",
        severity: "warning",
        path: ["findings", index, "date"],
        message: `the finding for ${finding.criterion} is dated ${date}, outside the assessment period ${period.from} to ${period.to} of ${criteria.framework} (the grade reflects the period)`
      });
    }
  });
  return issues;
}

// src/evidence/model.ts
var NOT_ASSESSED = "";

// src/evidence/drafts.ts
function notAssessed(evidence) {
  const criteria = [];
  const factors = [];
  let first;
  evidence.findings.forEach((finding, index) => {
    if (finding.status !== NOT_ASSESSED || finding.score !== void 0) return;
    criteria.push(finding.criterion);
    first ??= ["findings", index, "status"];
  });
  (evidence.excellence ?? []).forEach((entry, index) => {
    if (entry.status !== NOT_ASSESSED) return;
    factors.push(entry.factor);
    first ??= ["excellence", index, "status"];
  });
  return { criteria, factors, ...first ? { first } : {} };
}
var counted = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function checkNotAssessed(evidence, allowIncomplete) {
  if (allowIncomplete) return [];
  const { criteria, factors, first } = notAssessed(evidence);
  if (!first) return [];
  const parts = [
    ...criteria.length > 0 ? [counted(criteria.length, "criterion", "criteria")] : [],
    ...factors.length > 0 ? [counted(factors.length, "excellence factor", "excellence factors")] : []
  ];
  const one = criteria.length + factors.length === 1;
  const ids = [...criteria, ...factors].join(", ");
  return [{
    code: "not-assessed",
    severity: "error",
    path: first,
    message: `${parts.join(" and ")} ${one ? "is" : "are"} not assessed yet (blank status): ${ids}; fill ${one ? "it" : "them"} in, or grade the draft with --allow-incomplete`
  }];
}

// src/criteria/scheme/compile.ts
init_selectors();
var compiled = /* @__PURE__ */ new WeakMap();
function compileScheme(criteria) {
  let done = compiled.get(criteria);
  if (!done) compiled.set(criteria, done = compile(criteria));
  return done;
}
function compile(criteria) {
  const { scheme } = criteria;
  const selections = [];
  const byKey = /* @__PURE__ */ new Map();
  const selectionOf = (selectors) => {
    const key = JSON.stringify(selectors);
    let at = byKey.get(key);
    if (at === void 0) {
      at = selections.length;
      byKey.set(key, at);
      selections.push({
        selectors,
        always: criteria.criteria.map((c) => selectionMatches(selectors, { ...c, critical: false })),
        ifCritical: criteria.criteria.map((c) => selectionMatches(selectors, { ...c, critical: true }))
      });
    }
    return at;
  };
  const rankOf2 = (grade) => scheme.grades.findIndex((g) => g.id === grade);
  const conditionOf = (condition) => {
    const raw = condition.value;
    const threshold = typeof raw === "string" && raw !== "all" ? raw : void 0;
    const value = threshold !== void 0 ? criteria.thresholds[threshold] ?? Number.NaN : raw;
    const hasSelection = condition.kind === "count" || condition.kind === "share" || condition.kind === "score";
    return {
      source: condition,
      kind: condition.kind,
      comparator: condition.comparator,
      value,
      ...threshold !== void 0 ? { threshold } : {},
      selection: hasSelection ? selectionOf(condition.select) : -1,
      counted: condition.kind === "count" || condition.kind === "share" ? condition.of : "met"
    };
  };
  const rules = scheme.rules.map((rule) => ({
    id: rule.id,
    grade: rule.grade,
    rank: rankOf2(rule.grade),
    when: rule.when.map(conditionOf),
    otherwise: rule.otherwise,
    ...rule.advisory ? { advisory: { code: rule.advisory.code, when: rule.advisory.when.map(conditionOf) } } : {}
  }));
  const limiters = scheme.limiters.map((l) => ({ id: l.id, cap: l.cap, rank: rankOf2(l.cap), when: l.when.map(conditionOf) }));
  const firstShare = [...rules.flatMap((r) => r.when), ...limiters.flatMap((l) => l.when)].find((c) => c.kind === "share" || c.kind === "score");
  const criticalFlags = new Set(selections.filter((s) => s.selectors.some((x) => x.critical === true)).flatMap((s) => s.selectors.map((x) => x.flag).filter((f) => f !== void 0)));
  const countSelections = scheme.levels.flatMap((level) => [
    { key: level.id, selection: selectionOf([{ level: level.id }]) },
    ...scheme.flags.filter((flag) => flag.levels[0] === level.id).map((flag) => ({
      key: flag.id,
      selection: selectionOf(criticalFlags.has(flag.id) ? [{ flag: flag.id }, { critical: true }] : [{ flag: flag.id }])
    }))
  ]);
  return {
    scheme,
    criteria,
    ids: criteria.criteria.map((c) => c.id),
    selections,
    rules,
    limiters,
    alwaysApplicable: scheme.flags.filter((f) => f.alwaysApplicable).map((f) => f.id),
    countSelections,
    ...firstShare ? { shareCondition: firstShare } : {},
    classes: staticClasses(selections, criteria.criteria.length),
    criticalMatters: criteria.criteria.map((_, i) => selections.some((s) => s.always[i] !== s.ifCritical[i]))
  };
}
function staticClasses(selections, count) {
  const keys = /* @__PURE__ */ new Map();
  const classOf = [];
  const inSelection2 = [];
  for (let i = 0; i < count; i++) {
    const bits = selections.map((s) => s.always[i] ?? false);
    const key = bits.map((b) => b ? "1" : "0").join("");
    let at = keys.get(key);
    if (at === void 0) {
      at = inSelection2.length;
      keys.set(key, at);
      inSelection2.push(bits);
    }
    classOf.push(at);
  }
  return { classOf, inSelection: inSelection2 };
}

// src/evidence/status.ts
function statusOf(finding, metAt) {
  if (finding === void 0) return void 0;
  if (finding.status) return finding.status;
  if (metAt !== void 0 && typeof finding.score === "number") return finding.score >= metAt ? "met" : "not-met";
  return void 0;
}

// src/evidence/check.ts
init_selectors();
init_schema_issues();
function metWithoutCitation(finding, status = finding.status) {
  if (status !== "met") return false;
  for (const text of finding.evidence ?? []) if (!isBlankText(text)) return false;
  for (const text of finding.sources ?? []) if (!isBlankText(text)) return false;
  return true;
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(criteria) {
  let index = indexes.get(criteria);
  if (!index) {
    const byId = new Map(criteria.criteria.map((c) => [c.id, c]));
    indexes.set(criteria, index = { byId, ids: [...byId.keys()] });
  }
  return index;
}
function checkEvidence(criteria, evidence, options = {}) {
  const issues = [];
  const expected = options.framework ?? criteria.framework;
  if (evidence.framework !== expected) {
    issues.push({
      code: "framework-mismatch",
      severity: "error",
      path: ["framework"],
      message: `the evidence is for framework ${quote(evidence.framework)}, not "${expected}"`
    });
    return issues;
  }
  if (evidence.criteriaVersion !== criteria.version) {
    issues.push({
      code: "criteria-version-mismatch",
      severity: "error",
      path: ["criteriaVersion"],
      message: `the evidence was written for criteria version ${quote(evidence.criteriaVersion)}, but ${criteria.framework} is version "${criteria.version}"`
    });
  }
  const { byId, ids } = indexOf(criteria);
  const critical = /* @__PURE__ */ new Set();
  (evidence.critical ?? []).forEach((mark) => critical.add(mark.criterion));
  const firstFinding = /* @__PURE__ */ new Map();
  const unknown = [];
  evidence.findings.forEach((finding, index) => {
    const criterion = byId.get(finding.criterion);
    if (!criterion) {
      unknown.push({ index, id: finding.criterion });
      return;
    }
    const first = firstFinding.get(finding.criterion);
    if (first !== void 0) {
      issues.push({
        code: "duplicate-finding",
        severity: "error",
        path: ["findings", index, "criterion"],
        message: `a second finding for ${finding.criterion} (the first is ${nthItem("findings", first)})`
      });
      return;
    }
    firstFinding.set(finding.criterion, index);
    issues.push(...checkScore(criteria, criterion, finding, index));
    const status = statusOf(finding, criteria.scheme.scores?.metAt);
    if (!options.ignoreUncited && metWithoutCitation(finding, status)) {
      issues.push({
        code: "uncited-finding",
        severity: "warning",
        path: ["findings", index, finding.status !== void 0 ? "status" : "score"],
        message: `${criterion.id} is met but cites no evidence`
      });
    }
    const refusing = finding.status === "not-applicable" ? criteria.scheme.flags.find((f) => f.alwaysApplicable && criterion.flags.includes(f.id)) : void 0;
    if (refusing) {
      issues.push({
        code: "always-applicable",
        severity: "error",
        path: ["findings", index, "status"],
        message: `${criterion.id} is a ${refusing.title} criterion and cannot be not-applicable`
      });
    } else if (finding.status === "not-applicable" && critical.has(criterion.id)) {
      issues.push({
        code: "not-applicable-critical",
        severity: "error",
        path: ["findings", index, "status"],
        message: `${criterion.id} is marked critical in this evidence and cannot be not-applicable`
      });
    }
  });
  const missing = ids.filter((id) => !firstFinding.has(id));
  const explained = /* @__PURE__ */ new Set();
  for (const { index, id } of unknown) {
    const meant = missing.length > 0 ? suggest(id, missing.filter((m) => !explained.has(m))) : void 0;
    if (meant !== void 0) explained.add(meant.candidate);
    issues.push({
      code: "unknown-criterion",
      severity: "error",
      path: ["findings", index, "criterion"],
      message: `finding for unknown criterion ${quote(id)}${meant !== void 0 ? didYouMeanOf(meant, { which: "which has no finding" }) : didYouMean(id, ids)}`
    });
  }
  const unexplained = missing.filter((id) => !explained.has(id));
  if (!options.allowIncomplete && unexplained.length > 0) {
    issues.push({
      code: "missing-finding",
      severity: "error",
      path: ["findings"],
      message: `incomplete evidence: no finding for ${unexplained.join(", ")} (use --allow-incomplete to count them as not met)`
    });
  }
  issues.push(...checkNotAssessed(evidence, options.allowIncomplete === true), ...checkFindingDates(criteria, evidence));
  issues.push(...checkShares(criteria, evidence, firstFinding));
  issues.push(...checkFactors(criteria, evidence, options.ignoreUncited === true), ...checkCritical(evidence, byId, ids), ...checkJudgementText(evidence, criteria), ...checkConcerns(evidence));
  return issues;
}
function checkFactors(criteria, evidence, ignoreUncited) {
  const issues = [];
  const factorIds = criteria.excellence.map((f) => f.id);
  const seen = /* @__PURE__ */ new Set();
  (evidence.excellence ?? []).forEach((entry, index) => {
    if (!factorIds.includes(entry.factor)) {
      issues.push({
        code: "unknown-factor",
        severity: "error",
        path: ["excellence", index, "factor"],
        message: `unknown excellence factor ${quote(entry.factor)}; ${criteria.framework} has ${factorIds.join(", ")}${didYouMean(entry.factor, factorIds)}`
      });
    } else if (seen.has(entry.factor)) {
      issues.push({
        code: "duplicate-factor",
        severity: "error",
        path: ["excellence", index, "factor"],
        message: `excellence factor "${entry.factor}" is given twice`
      });
    } else if (!ignoreUncited && metWithoutCitation(entry)) {
      issues.push({
        code: "uncited-finding",
        severity: "warning",
        path: ["excellence", index, "status"],
        message: `excellence factor "${entry.factor}" is met but cites no evidence`
      });
    }
    seen.add(entry.factor);
  });
  return issues;
}
function checkCritical(evidence, byId, ids) {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  (evidence.critical ?? []).forEach((mark, index) => {
    if (!byId.has(mark.criterion)) {
      issues.push({
        code: "unknown-criterion",
        severity: "error",
        path: ["critical", index, "criterion"],
        message: `critical mark for unknown criterion ${quote(mark.criterion)}${didYouMean(mark.criterion, ids)}`
      });
    } else if (seen.has(mark.criterion)) {
      issues.push({
        code: "duplicate-critical",
        severity: "error",
        path: ["critical", index, "criterion"],
        message: `${mark.criterion} is marked critical twice`
      });
    }
    seen.add(mark.criterion);
    if (isBlankText(mark.rationale)) {
      issues.push({
        code: "empty-rationale",
        severity: "error",
        path: ["critical", index, "rationale"],
        message: `the critical mark on ${byId.has(mark.criterion) ? mark.criterion : quote(mark.criterion)} needs a rationale`
      });
    }
  });
  return issues;
}
function checkShares(criteria, evidence, firstFinding) {
  const compiled2 = compileScheme(criteria);
  const issues = [];
  const said = /* @__PURE__ */ new Set();
  const conditions = [...compiled2.rules.flatMap((r) => r.when), ...compiled2.limiters.flatMap((l) => l.when)];
  for (const condition of conditions) {
    if (condition.kind !== "share" && condition.kind !== "score" || said.has(condition.selection)) continue;
    const selection2 = compiled2.selections[condition.selection];
    if (!selection2) continue;
    const selected = criteria.criteria.filter((_, i) => selection2.always[i] === true);
    if (selected.length === 0) continue;
    const applicable = selected.some((c) => {
      const index = firstFinding.get(c.id);
      return index === void 0 || evidence.findings[index]?.status !== "not-applicable";
    });
    if (applicable) continue;
    said.add(condition.selection);
    issues.push({
      code: "no-share",
      severity: "error",
      path: ["findings"],
      message: `every ${describeSelection(selection2.selectors, criteria.scheme, "criterion")} is not-applicable, so no share can be taken`
    });
  }
  return issues;
}
function checkScore(criteria, criterion, finding, index) {
  const scores = criteria.scheme.scores;
  const at = (key) => ["findings", index, key];
  if (!scores) {
    if (finding.score !== void 0) return [{
      code: "invalid-score",
      severity: "error",
      path: at("score"),
      atKey: true,
      message: `finding for ${criterion.id}: a score is for a scored scheme; ${criteria.framework} uses ${criteria.scheme.id}, which grades by status`
    }];
    if (finding.status === void 0) return [{
      code: "missing-key",
      severity: "error",
      path: ["findings", index],
      message: `finding for ${criterion.id}: needs a status (met, partly-met, not-met or not-applicable)`
    }];
    return [];
  }
  if (finding.status !== void 0 && finding.status !== "not-applicable" && finding.status !== "") {
    return [{
      code: "invalid-score",
      severity: "error",
      path: at("status"),
      message: `finding for ${criterion.id}: ${criteria.scheme.id} grades by score (${scores.min} to ${scores.max}); give "score", or status "not-applicable"`
    }];
  }
  if (finding.status !== void 0 && finding.status !== "" && finding.score !== void 0) {
    return [{ code: "invalid-score", severity: "error", path: at("score"), atKey: true, message: `finding for ${criterion.id}: a not-applicable finding has no score` }];
  }
  if ((finding.status === void 0 || finding.status === "") && finding.score === void 0) {
    if (finding.status === "") return [];
    return [{
      code: "missing-key",
      severity: "error",
      path: ["findings", index],
      message: `finding for ${criterion.id}: needs a score (${scores.min} to ${scores.max}) or status "not-applicable"`
    }];
  }
  if (finding.score !== void 0 && (finding.score < scores.min || finding.score > scores.max)) {
    return [{
      code: "invalid-score",
      severity: "error",
      path: at("score"),
      message: `finding for ${criterion.id}: score ${finding.score} is outside ${scores.min} to ${scores.max}`
    }];
  }
  return [];
}
function checkConcerns(evidence) {
  const issues = [];
  (evidence.concerns ?? []).forEach((concern, index) => {
    if (isBlankText(concern.text)) issues.push({ code: "invalid-value", severity: "error", path: ["concerns", index, "text"], message: "a cause of concern needs its text" });
  });
  return issues;
}
function checkJudgementText(evidence, criteria) {
  const judgement = evidence.judgement;
  if (!judgement) return [];
  const issues = [];
  const grades = criteria.scheme.grades.map((g) => g.id);
  if (!grades.includes(judgement.grade)) {
    issues.push({
      code: "unknown-grade",
      severity: "error",
      path: ["judgement", "grade"],
      message: `the judgement: grade must be ${orList(grades)}; got ${quote(judgement.grade)}${didYouMean(judgement.grade, grades)}`
    });
  }
  if (isBlankText(judgement.rationale)) {
    issues.push({
      code: "empty-rationale",
      severity: "error",
      path: ["judgement", "rationale"],
      message: "a professional judgement needs a rationale"
    });
  }
  if (isBlankText(judgement.by)) {
    issues.push({
      code: "empty-rationale",
      severity: "error",
      path: ["judgement", "by"],
      message: 'a professional judgement must say who made it ("by")'
    });
  }
  return issues;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/evidence/json-source.ts
init_positions();
init_quote();

// src/evidence/json-syntax.ts
init_positions();
init_quote();
init_suggest();
var Stop = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var CURLY_DOUBLE = /* @__PURE__ */ new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\xAB", "\xBB", "\uFF02"]);
var CURLY_SINGLE = /* @__PURE__ */ new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u2032"]);
var ODD_SPACES = {
  "\xA0": "a non-breaking space (U+00A0)",
  "\u200B": "a zero-width space (U+200B)",
  "\uFEFF": "a byte-order mark (U+FEFF) in the middle of the file",
  "\u2028": "a line separator (U+2028)",
  "\u2029": "a paragraph separator (U+2029)",
  "\u3000": "an ideographic space (U+3000)"
};
var CLOSER = { "{": "}", "[": "]" };
var FOREIGN_WORDS = {
  none: "None is Python's word; JSON writes null",
  nil: "nil is not JSON; JSON writes null",
  undefined: "JSON has no undefined: write null, or leave the key out",
  nan: "JSON has no NaN: every number must be finite",
  infinity: "JSON has no Infinity: every number must be finite",
  yes: "yes is not JSON; JSON writes true",
  no: "no is not JSON; JSON writes false"
};
var isDigit2 = (ch) => ch !== void 0 && ch >= "0" && ch <= "9";
var isWordChar = (ch) => ch !== void 0 && /[A-Za-z0-9_$]/.test(ch);
var shown = (ch) => quote(ch);
var Reader = class {
  constructor(text, maxDepth) {
    this.text = text;
    this.maxDepth = maxDepth;
  }
  text;
  maxDepth;
  i = 0;
  lines;
  /** The last string read: a curly quote inside it is the likely cause of what comes after. */
  lastStart = -1;
  lastEnd = -1;
  /** Every closed bracket so far, as [open, close] offsets, in the order they closed. */
  pairs = [];
  explain() {
    try {
      this.value(0, void 0);
      this.space();
      if (this.i < this.text.length) this.extra();
      return void 0;
    } catch (stop) {
      if (stop instanceof Stop) return { offset: stop.offset, message: stop.message };
      throw stop;
    }
  }
  where(offset) {
    const { line, column } = (this.lines ??= new LineIndex(this.text)).position(offset);
    return `line ${line}, column ${column}`;
  }
  stop(offset, message) {
    throw new Stop(offset, message);
  }
  /** Skips JSON's whitespace; a comment or a look-alike space stops here. */
  space() {
    const text = this.text;
    for (; ; ) {
      const ch = text[this.i];
      if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        this.i++;
        continue;
      }
      if (ch === "/" && (text[this.i + 1] === "/" || text[this.i + 1] === "*")) {
        this.stop(this.i, `JSON files cannot hold comments (${text[this.i + 1] === "/" ? "// \u2026" : "/* \u2026 */"}); remove the comment, or put the note in a text field`);
      }
      if (ch === "#") this.stop(this.i, "JSON files cannot hold comments (# \u2026); remove the comment, or put the note in a text field");
      const odd = ch === void 0 || ch < "\x80" ? void 0 : ODD_SPACES[ch];
      if (odd !== void 0) this.stop(this.i, `${odd} where JSON allows only spaces, tabs and line breaks; replace it with a plain space`);
      return;
    }
  }
  /**
   * The end of the text inside an unclosed bracket: point where it opened. The innermost open
   * bracket is not always the one missing its closer: in `{ "force": { "id": "x",` … `}` the
   * inner object takes the outer one's closing brace. In an indented file a closer that sits
   * further left than the line that opened its bracket shows which one lost its closer.
   */
  unclosed(open) {
    let suspect;
    for (const pair of this.pairs) {
      const [inner, close] = pair;
      if (inner <= open || suspect !== void 0 && inner >= suspect[0]) continue;
      const closer = this.indentOf(close);
      const opener = closer === void 0 ? void 0 : this.lineIndent(inner);
      if (closer !== void 0 && opener !== void 0 && closer < opener) suspect = pair;
    }
    if (suspect !== void 0) {
      const [inner, close] = suspect;
      const bracket2 = this.text[inner];
      this.stop(inner, `this ${bracket2} is never closed: the ${this.text[close] ?? ""} at ${this.where(close)} is indented as if it closed an outer bracket (a ${CLOSER[bracket2] ?? ""} missing before it?)`);
    }
    const bracket = this.text[open];
    this.stop(open, `this ${bracket} is never closed: the file ends before its ${CLOSER[bracket] ?? ""} (truncated, or a ${CLOSER[bracket] ?? ""} missing?)`);
  }
  lineStart(offset) {
    let start = offset;
    while (start > 0 && this.text[start - 1] !== "\n" && this.text[start - 1] !== "\r") start--;
    return start;
  }
  /** The indentation of the line that holds `offset`. */
  lineIndent(offset) {
    const start = this.lineStart(offset);
    let end = start;
    while (this.text[end] === " " || this.text[end] === "	") end++;
    return end - start;
  }
  /** The indentation of the line that `offset` is the first non-blank character of, or undefined if it is not. */
  indentOf(offset) {
    let start = offset;
    while (start > 0 && (this.text[start - 1] === " " || this.text[start - 1] === "	")) start--;
    return start === 0 || this.text[start - 1] === "\n" || this.text[start - 1] === "\r" ? offset - start : void 0;
  }
  curly(at) {
    const ch = this.text[at];
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    this.stop(at, `a curly quote ${ch} (${code}) where JSON needs a straight double quote ("): a word processor may have changed the quotes; replace them with "`);
  }
  isCurly(ch) {
    return ch !== void 0 && (CURLY_DOUBLE.has(ch) || CURLY_SINGLE.has(ch));
  }
  /** If the last string held a curly quote, that quote is what went wrong here. */
  blameCurlyInLastString() {
    for (let k = this.lastStart + 1; k < this.lastEnd; k++) {
      if (CURLY_DOUBLE.has(this.text[k]) && /^[ \t]*[:,}\]]/.test(this.text.slice(k + 1, k + 17))) this.curly(k);
    }
  }
  value(depth, open) {
    this.space();
    const text = this.text;
    const at = this.i;
    const ch = text[at];
    if (ch === void 0) {
      if (open !== void 0) this.unclosed(open);
      this.stop(at, "the file ends where a value was expected (truncated JSON?)");
    }
    if (ch === "{" || ch === "[") {
      if (depth >= this.maxDepth) this.stop(at, `the JSON nests arrays and objects more than ${this.maxDepth} deep`);
      if (ch === "{") this.object(depth + 1);
      else this.array(depth + 1);
      return;
    }
    if (ch === '"') {
      this.string();
      return;
    }
    if (ch === "-" || isDigit2(ch)) {
      this.number();
      return;
    }
    if (this.isCurly(ch)) this.curly(at);
    if (ch === "'") this.stop(at, `JSON text must be in double quotes ("), not single quotes (')`);
    if (ch === "+") this.stop(at, "a JSON number has no + sign (write 5, not +5)");
    if (ch === ".") this.stop(at, "a JSON number starts with a digit (write 0.5, not .5)");
    if (/[A-Za-z_$]/.test(ch)) {
      this.word();
      return;
    }
    if (ch === "}" || ch === "]") this.stop(at, `a value was expected here, not ${ch}`);
    if (ch === ",") this.stop(at, "a value was expected here, not a comma (an empty item?)");
    if (ch === ":") this.stop(at, "a value was expected here, not a colon");
    this.stop(at, `unexpected character ${shown(ch)} where a value was expected`);
  }
  word() {
    const text = this.text;
    const start = this.i;
    while (isWordChar(text[this.i])) this.i++;
    const word = text.slice(start, this.i);
    if (word === "true" || word === "false" || word === "null") return;
    const lower = word.toLowerCase();
    if (lower === "true" || lower === "false" || lower === "null") this.stop(start, `write ${lower} in lower case: JSON's true, false and null are lower case (not ${word})`);
    const foreign = FOREIGN_WORDS[lower];
    if (foreign !== void 0) this.stop(start, foreign);
    const literal = closest(word, ["true", "false", "null"]);
    if (literal !== void 0) this.stop(start, `${word} is not a JSON value; did you mean ${literal}?`);
    this.stop(start, `text must be in double quotes: write ${quote(word)}, not ${word}`);
  }
  number() {
    const text = this.text;
    const start = this.i;
    if (text[this.i] === "-") this.i++;
    if (text[this.i] === "0") {
      this.i++;
      if (isDigit2(text[this.i])) this.stop(start, "a JSON number cannot start with 0 (write 7, not 07; or put it in quotes as text)");
      if (text[this.i] === "x" || text[this.i] === "X") this.stop(start, "JSON numbers are decimal: hexadecimal (0x\u2026) is not allowed");
    } else if (isDigit2(text[this.i])) {
      while (isDigit2(text[this.i])) this.i++;
    } else {
      this.stop(start, "a digit must follow the minus sign");
    }
    if (text[this.i] === ".") {
      this.i++;
      if (!isDigit2(text[this.i])) this.stop(this.i - 1, "a digit must follow the decimal point (write 1.0 or 1, not 1.)");
      while (isDigit2(text[this.i])) this.i++;
    }
    if (text[this.i] === "e" || text[this.i] === "E") {
      this.i++;
      if (text[this.i] === "+" || text[this.i] === "-") this.i++;
      if (!isDigit2(text[this.i])) this.stop(start, "the number's exponent has no digits");
      while (isDigit2(text[this.i])) this.i++;
    }
    if (isWordChar(text[this.i])) {
      let end = this.i;
      while (isWordChar(text[end])) end++;
      this.stop(start, `${quote(text.slice(start, end))} is not a number; text must be in double quotes`);
    }
  }
  string() {
    const text = this.text;
    const start = this.i;
    this.i++;
    for (; ; ) {
      for (let c = text.charCodeAt(this.i); c >= 32 && c !== 34 && c !== 92; c = text.charCodeAt(++this.i)) ;
      const ch = text[this.i];
      if (ch === void 0) this.stop(start, 'the string that starts here is never closed (a " missing?)');
      if (ch === '"') {
        this.i++;
        this.lastStart = start;
        this.lastEnd = this.i - 1;
        return;
      }
      if (ch === "\\") {
        const next = text[this.i + 1];
        if (next === "u") {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(this.i + 2, this.i + 6))) this.stop(this.i, "\\u must be followed by four hexadecimal digits");
          this.i += 6;
          continue;
        }
        if (next !== void 0 && '"\\/bfnrt'.includes(next)) {
          this.i += 2;
          continue;
        }
        if (next === void 0) this.stop(start, 'the string that starts here is never closed (a " missing?)');
        this.stop(this.i, `${quote(`\\${next}`)} is not a JSON escape: a backslash in text must be doubled (write C:\\\\folder, not C:\\folder)`);
      }
      if (ch === "\n" || ch === "\r") {
        this.stop(start, 'the string that starts here does not end on its line: a closing " is missing, or the text has a line break (write \\n)');
      }
      if (ch === "	") this.stop(this.i, "a tab inside a string must be written \\t");
      if (ch < " ") this.stop(this.i, `a control character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) inside a string; write it as \\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
      this.i++;
    }
  }
  /** After an item of an object or array (whose first item starts at `first`): what separates it from the next, or ends the list. */
  afterItem(open, first, key, count) {
    this.space();
    const text = this.text;
    const ch = text[this.i];
    const closer = CLOSER[text[open]];
    if (ch === void 0) this.unclosed(open);
    if (ch === ",") {
      this.i++;
      return "next";
    }
    if (ch === closer) {
      this.pairs.push([open, this.i]);
      this.i++;
      return "end";
    }
    if (ch === "}" || ch === "]") {
      this.stop(open, `this ${text[open] ?? ""} is never closed: a ${ch} at ${this.where(this.i)} comes first (a ${closer} missing there, or a stray ${ch}?)`);
    }
    if (this.isCurly(ch)) this.curly(this.i);
    this.blameCurlyInLastString();
    if (this.lastEnd === this.i - 1 && isWordChar(ch)) {
      this.stop(this.lastEnd, 'a double quote inside text must be written \\" (this one ends the string early)');
    }
    const indent = this.indentOf(this.i);
    const itemIndent = this.indentOf(first);
    if (indent !== void 0 && itemIndent !== void 0 && itemIndent > this.lineIndent(open) && indent <= this.lineIndent(open)) {
      this.stop(open, `this ${text[open] ?? ""} is never closed: a ${closer} is missing before ${this.where(this.i)} (or a comma, if what is there belongs in it)`);
    }
    const what = key >= 0 ? `the value of ${quote(this.keyAt(key))}` : `item ${count}`;
    this.stop(this.i, `a comma (,) is missing before this: after ${what}, a comma or ${closer} must come`);
  }
  object(depth) {
    const text = this.text;
    const open = this.i++;
    this.space();
    if (text[this.i] === "}") {
      this.pairs.push([open, this.i]);
      this.i++;
      return;
    }
    const first = this.i;
    let comma;
    for (; ; ) {
      this.space();
      const at = this.i;
      const ch = text[at];
      if (ch === void 0) this.unclosed(open);
      if (ch === "}" && comma !== void 0) this.stop(comma, "a comma after the last item: JSON allows no comma before }; remove it");
      if (ch === '"') {
        this.string();
      } else if (this.isCurly(ch)) {
        this.curly(at);
      } else if (ch === "'") {
        this.stop(at, `JSON keys must be in double quotes ("), not single quotes (')`);
      } else if (/[A-Za-z_$]/.test(ch)) {
        let end = at;
        while (isWordChar(text[end]) || text[end] === "-") end++;
        this.stop(at, `JSON keys must be in double quotes: write ${quote(text.slice(at, end))}`);
      } else if (ch === "{" || ch === "[") {
        this.stop(open, `this { is never closed: at ${this.where(at)} a ${ch} begins where a key in double quotes (or the }) was expected (a } missing?)`);
      } else if (ch === ",") {
        this.stop(at, "two commas in a row: a key in double quotes was expected here");
      } else {
        this.stop(at, `a key in double quotes was expected here, not ${shown(ch)}`);
      }
      this.space();
      const colon = text[this.i];
      if (colon === void 0) this.unclosed(open);
      if (colon !== ":") {
        if (this.isCurly(colon)) this.curly(this.i);
        this.blameCurlyInLastString();
        if (colon === "=") this.stop(this.i, "a colon (:) goes between a key and its value, not =");
        this.stop(this.i, `a colon (:) must follow the key ${quote(this.keyAt(at))}`);
      }
      this.i++;
      this.value(depth, open);
      if (this.afterItem(open, first, at, 0) === "end") return;
      comma = this.i - 1;
    }
  }
  array(depth) {
    const text = this.text;
    const open = this.i++;
    this.space();
    if (text[this.i] === "]") {
      this.pairs.push([open, this.i]);
      this.i++;
      return;
    }
    const first = this.i;
    let count = 0;
    let comma;
    for (; ; ) {
      this.space();
      const ch = text[this.i];
      if (ch === "]" && comma !== void 0) this.stop(comma, "a comma after the last item: JSON allows no comma before ]; remove it");
      if (ch === ",") this.stop(this.i, count > 0 ? "two commas in a row: an empty item (remove one comma)" : "a comma before the first item (remove it)");
      this.value(depth, open);
      count++;
      if (this.afterItem(open, first, -1, count) === "end") return;
      comma = this.i - 1;
    }
  }
  /** The key whose opening quote is at `at` (its escapes read, where they can be). */
  keyAt(at) {
    let end = at + 1;
    while (end < this.text.length && this.text[end] !== '"') end += this.text[end] === "\\" ? 2 : 1;
    const raw = this.text.slice(at + 1, end);
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return raw;
    }
  }
  /** Text after the one JSON value a file holds. */
  extra() {
    const ch = this.text[this.i];
    if (ch === "}" || ch === "]") this.stop(this.i, `an extra ${ch}: everything before it is already closed`);
    if (ch === ",") this.stop(this.i, "a comma after the end of the JSON value; remove it");
    if (ch === "{" || ch === "[") this.stop(this.i, "a second JSON value after the first: a file holds one object (join them, or split the file)");
    this.stop(this.i, `unexpected ${shown(ch)} after the end of the JSON value`);
  }
};
function explainJsonSyntax(text, maxDepth) {
  return new Reader(text, maxDepth).explain();
}

// src/evidence/json-source.ts
var MAX_JSON_DEPTH = 256;
function countKeyTokens(text) {
  let keys = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let before = colon - 1;
    for (let c = text.charCodeAt(before); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(--before)) ;
    if (text.charCodeAt(before) !== 34) continue;
    let slashes = 0;
    while (text.charCodeAt(before - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) keys++;
  }
  return keys;
}
function countParsedKeys(value, level = 1) {
  if (level > MAX_JSON_DEPTH) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === null || typeof item !== "object") continue;
      const inner = countParsedKeys(item, level + 1);
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  for (const key in value) {
    keys++;
    const item = value[key];
    if (item === null || typeof item !== "object") continue;
    const inner = countParsedKeys(item, level + 1);
    if (inner < 0) return -1;
    keys += inner;
  }
  return keys;
}
function excessiveNesting(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (ch === 91 || ch === 123) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (ch === 93 || ch === 125) {
      depth--;
    }
  }
  return void 0;
}
function cleanSyntaxMessage(message) {
  return message.replace(/ in JSON at position \d+.*$/, "").replace(/, (?:\.\.\.)?".*$/s, "").replace(/ \(line \d+ column \d+\)$/, "").replace(/^Unexpected end of JSON input$/, "unexpected end of the file (truncated JSON?)").replace(/^Unexpected /, "unexpected ");
}
function syntaxError(message, text) {
  const explained = explainJsonSyntax(text, MAX_JSON_DEPTH);
  if (explained) return explained;
  const position = /at position (\d+)/.exec(message);
  if (position) return { offset: Number(position[1]), message: `invalid JSON: ${cleanSyntaxMessage(message)}` };
  const errors = [];
  parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const token = text.slice(first.offset, first.offset + first.length);
    return { offset: first.offset, message: token.trim() === "" ? "invalid JSON: unexpected end of the file (truncated JSON?)" : `invalid JSON: unexpected token '${token}'` };
  }
  return { offset: text.length, message: `invalid JSON: ${cleanSyntaxMessage(message)}` };
}
function findDuplicateKeys(root2) {
  const found = [];
  const stack = [root2];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Set();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(String(key.value))) found.push(key);
        else if (key) seen.add(String(key.value));
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return found.sort((a, b) => a.offset - b.offset);
}
function parseJsonSource(input, file) {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  let lineIndex;
  const position = (offset) => (lineIndex ??= new LineIndex(text)).position(offset);
  const fail = (code, message, offset) => ({ ok: false, diagnostics: [{ code, severity: "error", message, file, ...position(offset) }] });
  if (text.trim() === "") return fail("syntax-error", "the file is empty; expected a JSON object", 0);
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = String(error.message);
    const deep = excessiveNesting(text);
    if (error instanceof RangeError || deep !== void 0) {
      return fail("nesting-too-deep", `the JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep`, deep ?? 0);
    }
    const syntax = syntaxError(message, text);
    return fail("syntax-error", syntax.message, syntax.offset);
  }
  const keys = data !== null && typeof data === "object" ? countParsedKeys(data) : 0;
  if (keys < 0) {
    return fail("nesting-too-deep", `the JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep`, excessiveNesting(text) ?? 0);
  }
  let tree;
  const treeOf = () => tree ??= parseTree2(text, [], { disallowComments: true, allowTrailingComma: false });
  const diagnostics = [];
  if (countKeyTokens(text) !== keys) {
    const root2 = treeOf();
    for (const key of root2 ? findDuplicateKeys(root2) : []) {
      diagnostics.push({
        code: "duplicate-key",
        severity: "error",
        file,
        ...position(key.offset),
        message: `duplicate key ${quote(String(key.value))}: JSON keeps only the last one, so the earlier value would be silently lost`
      });
    }
  }
  let index;
  const locate = (path, atKey = false) => {
    const root2 = treeOf();
    if (!root2) return position(0);
    const found = (index ??= new NodeIndex()).deepest(root2, path);
    if (atKey && found.depth === path.length && found.node.parent?.type === "property") return position(found.node.parent.offset);
    return position(found.node.offset);
  };
  const value = { data, locate };
  return diagnostics.length > 0 ? { ok: false, diagnostics, partial: value } : { ok: true, value, diagnostics };
}
var NodeIndex = class {
  properties = /* @__PURE__ */ new Map();
  deepest(root2, path) {
    let node = root2;
    for (let depth = 0; depth < path.length; depth++) {
      const next = this.child(node, path[depth]);
      if (next === void 0) return { node, depth };
      node = next;
    }
    return { node, depth: path.length };
  }
  child(node, segment) {
    if (node.type === "array") return typeof segment === "number" ? node.children?.[segment] : void 0;
    if (node.type !== "object") return void 0;
    let byKey = this.properties.get(node);
    if (byKey === void 0) {
      byKey = /* @__PURE__ */ new Map();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key !== void 0 && value !== void 0) byKey.set(String(key.value), value);
      }
      this.properties.set(node, byKey);
    }
    return byKey.get(String(segment));
  }
};

// src/evidence/load.ts
function positionIssues(loaded, issues) {
  return issues.map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    file: loaded.file,
    ...loaded.source.locate(issue.path, issue.atKey)
  }));
}
function notAnObject(source, file) {
  const data = source.data;
  if (data !== null && typeof data === "object" && !Array.isArray(data)) return void 0;
  const what = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
  return { code: "invalid-type", severity: "error", file, ...source.locate([]), message: `an evidence file must be a JSON object, not ${what}` };
}
function parseEvidence(text, file) {
  const parsed = parseJsonSource(text, file);
  const source = parsed.ok ? parsed.value : parsed.partial;
  if (!source) return { ok: false, diagnostics: parsed.diagnostics };
  const duplicates2 = parsed.ok ? [] : parsed.diagnostics;
  const wrongType = notAnObject(source, file);
  if (wrongType) return { ok: false, diagnostics: [...duplicates2, wrongType] };
  const data = source.data;
  if (!validateEvidenceDocument(data)) {
    const issues = schemaErrorsToIssues(validateEvidenceDocument.errors ?? [], data);
    const diagnostics = [...duplicates2, ...positionIssues({ file, source }, issues)];
    return onlyUnknownKeys(issues) && duplicates2.length === 0 ? { ok: false, diagnostics, partial: { file, evidence: data, source } } : { ok: false, diagnostics };
  }
  if (duplicates2.length > 0) return { ok: false, diagnostics: duplicates2 };
  return { ok: true, value: { file, evidence: data, source }, diagnostics: [] };
}
function checkEvidenceFile(criteria, loaded, options = {}) {
  return positionIssues(loaded, checkEvidence(criteria, loaded.evidence, options));
}

// src/evidence/force-name.ts
function forceNamesOf(forces) {
  return new Map(forces.map((force) => [force.id, force.name]));
}
function adoptRegisteredName(loaded, names) {
  const force = loaded.evidence.force;
  const registered = names?.get(force.id);
  if (registered === void 0 || registered === force.name) return void 0;
  const written = force.name;
  loaded.evidence.force = { ...force, name: registered };
  if (registered.normalize("NFC") === written.normalize("NFC")) return void 0;
  return positionIssues(loaded, [{
    code: "force-name-mismatch",
    severity: "warning",
    path: ["force", "name"],
    message: `force ${quote(force.id)} is named ${quote(written)} here, but the forces registry names it ${quote(registered)}; the registry's name is used`
  }])[0];
}

// src/engine/judgement.ts
init_model();
var DEFAULT_SHIFT = 1;
function checkJudgementShift(result, scheme) {
  const judgement = result.judgement;
  if (!judgement) return [];
  const judged = rankOf(scheme, judgement.grade);
  if (judged < 0) return [];
  const shift = Math.abs(judged - rankOf(scheme, result.computedGrade));
  const limit = result.thresholds[JUDGEMENT_SHIFT] ?? DEFAULT_SHIFT;
  if (shift <= limit) return [];
  return [{
    code: "judgement-shift",
    severity: "error",
    path: ["judgement", "grade"],
    message: `the judged grade ${titleOf(scheme.grades, judgement.grade)} is ${shift} steps from the computed grade ${titleOf(scheme.grades, result.computedGrade)}; a judgement may move it at most ${limit} step${limit === 1 ? "" : "s"}`
  }];
}

// src/engine/grade.ts
init_model2();

// src/engine/classify.ts
function classify(criteria, evidence) {
  const findings = /* @__PURE__ */ new Map();
  for (const finding of evidence.findings) if (!findings.has(finding.criterion)) findings.set(finding.criterion, finding);
  const critical = new Set((evidence.critical ?? []).map((mark) => mark.criterion));
  const scores = criteria.scheme.scores;
  const missing = [];
  const all = criteria.criteria.map((criterion) => {
    const finding = findings.get(criterion.id);
    const status = statusOf(finding, scores?.metAt);
    if (!status) missing.push(criterion.id);
    const scored = scores !== void 0 && status !== "not-applicable";
    return {
      id: criterion.id,
      level: criterion.level,
      theme: criterion.theme,
      flags: criterion.flags,
      critical: critical.has(criterion.id),
      status: status ?? "not-met",
      ...scored ? { score: status && typeof finding?.score === "number" ? finding.score : scores.min } : {},
      missing: !status,
      text: criterion.text,
      evidence: finding?.evidence ?? [],
      sources: finding?.sources ?? []
    };
  });
  return { all, missing };
}

// src/engine/thresholds.ts
var fractions = /* @__PURE__ */ new Map();
function asFraction(value) {
  let fraction = fractions.get(value);
  if (!fraction) {
    const [numerator, denominator] = decimalFraction(value);
    const small = numerator <= BigInt(Number.MAX_SAFE_INTEGER) && denominator <= BigInt(Number.MAX_SAFE_INTEGER) ? [Number(numerator), Number(denominator)] : void 0;
    fractions.set(value, fraction = { numerator, denominator, ...small ? { small } : {} });
  }
  return fraction;
}
function decimalFraction(value) {
  const [mantissa = "0", exponentText = "0"] = String(value).toLowerCase().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  let numerator = BigInt(`${whole}${fraction}`);
  let denominator = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent > 0) numerator *= 10n ** BigInt(exponent);
  else if (exponent < 0) denominator *= 10n ** BigInt(-exponent);
  return [numerator, denominator];
}
function compareRatio(part, whole, value) {
  const fraction = asFraction(value);
  if (fraction.small) {
    const left2 = part * fraction.small[1];
    const right2 = fraction.small[0] * whole;
    if (Number.isSafeInteger(left2) && Number.isSafeInteger(right2)) return left2 === right2 ? 0 : left2 > right2 ? 1 : -1;
  }
  const left = BigInt(part) * fraction.denominator;
  const right = fraction.numerator * BigInt(whole);
  return left === right ? 0 : left > right ? 1 : -1;
}

// src/engine/conditions.ts
function counts(counted2, value, offset, metIndex) {
  if (counted2 === "met") return value >= metIndex;
  if (counted2 === "unmet") return value < metIndex;
  if ("scoreAtLeast" in counted2) return value + offset >= counted2.scoreAtLeast;
  return value + offset <= counted2.scoreAtMost;
}
function measure(condition, compiled2, state) {
  return measureInto(condition, compiled2, state, { count: 0, total: 0 });
}
function measureInto(condition, compiled2, state, out) {
  if (condition.kind === "factors") {
    out.count = state.factorsMet;
    out.total = state.factorsTotal;
    return out;
  }
  if (condition.kind === "concerns") {
    out.count = state.concerns;
    out.total = state.concerns;
    return out;
  }
  const scores = compiled2.scheme.scores;
  const offset = scores?.min ?? 0;
  const metIndex = scores ? scores.metAt - scores.min : 1;
  const { width, hist, inSelection: inSelection2 } = state;
  let count = 0;
  let total = 0;
  for (let k = 0; k < inSelection2.length; k++) {
    if (!inSelection2[k][condition.selection]) continue;
    for (let v = 0; v < width; v++) {
      const n = hist[k * width + v];
      if (n === 0) continue;
      total += n;
      if (condition.kind === "score") count += n * (v + offset);
      else if (counts(condition.counted, v, offset, metIndex)) count += n;
    }
  }
  out.count = count;
  out.total = condition.kind === "score" ? total * (scores?.max ?? 1) : total;
  return out;
}
var scratch = { count: 0, total: 0 };
function target(condition, m) {
  return condition.value === "all" ? m.total : condition.value;
}
function compare(condition, m) {
  let order;
  if (condition.kind === "share" || condition.kind === "score") {
    if (m.total === 0) return false;
    order = compareRatio(m.count, m.total, target(condition, m));
  } else {
    const value = target(condition, m);
    order = m.count === value ? 0 : m.count > value ? 1 : -1;
  }
  switch (condition.comparator) {
    case "atLeast":
      return order >= 0;
    case "moreThan":
      return order > 0;
    case "atMost":
      return order <= 0;
    default:
      return order < 0;
  }
}
function holds(condition, compiled2, state) {
  return compare(condition, measureInto(condition, compiled2, state, scratch));
}
function allHold(conditions, compiled2, state) {
  for (const condition of conditions) if (!holds(condition, compiled2, state)) return false;
  return true;
}

// src/engine/decide.ts
function firstRule(compiled2, state) {
  for (const rule of compiled2.rules) if (rule.otherwise || allHold(rule.when, compiled2, state)) return rule;
  return compiled2.rules[compiled2.rules.length - 1];
}
function decideState(compiled2, state) {
  const rule = firstRule(compiled2, state);
  let rank = rule.rank;
  const limiters = [];
  for (const limiter of compiled2.limiters) {
    if (limiter.rank < rank && allHold(limiter.when, compiled2, state)) {
      rank = limiter.rank;
      limiters.push(limiter.id);
    }
  }
  return { rule, rank, grade: compiled2.scheme.grades[rank]?.id ?? rule.grade, limiters };
}
function rankOfState(compiled2, state) {
  let rank = firstRule(compiled2, state).rank;
  for (const limiter of compiled2.limiters) if (limiter.rank < rank && allHold(limiter.when, compiled2, state)) rank = limiter.rank;
  return rank;
}

// src/engine/direction.ts
function directionOf(criteria, evidence, grade) {
  const previous = evidence.previous;
  if (!previous) return null;
  const grades = criteria.scheme.grades.map((g) => g.id);
  const before = grades.indexOf(previous.grade);
  const now = grades.indexOf(grade);
  const base = { previous: previous.grade, round: previous.round };
  if (previous.framework !== void 0 && previous.framework !== criteria.framework) {
    return { ...base, movement: "not-comparable", note: `graded as the framework ${previous.framework} in ${previous.round}, as ${criteria.framework} now` };
  }
  if (before < 0) return { ...base, movement: "not-comparable", note: `"${previous.grade}" is not a grade of ${criteria.scheme.id}` };
  return { ...base, movement: now > before ? "improved" : now < before ? "deteriorated" : "stable" };
}

// src/engine/format.ts
function percent(share) {
  return `${Math.round(share * 100)}%`;
}
function thresholdPercent(value) {
  return `${Number((value * 100).toFixed(1))}%`;
}
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/engine/words.ts
init_selectors();
init_model();
var COMPARATOR_WORDS = { atLeast: "at least", moreThan: "more than", atMost: "at most", below: "less than" };
function countedWords(counted2) {
  if (counted2 === "met") return "met";
  if (counted2 === "unmet") return "not met";
  return "scoreAtLeast" in counted2 ? `scored ${counted2.scoreAtLeast} or more` : `scored ${counted2.scoreAtMost} or less`;
}
function selectionWords(compiled2, condition, noun) {
  const selection2 = compiled2.selections[condition.selection];
  return selection2 ? describeSelection(selection2.selectors, compiled2.scheme, noun) : "";
}
function valueWords(condition, m, asShare) {
  if (condition.value === "all") return `all ${m.total}`;
  return asShare ? thresholdPercent(condition.value) : String(condition.value);
}
function need(condition, m, lead, comparator = condition.comparator) {
  const asShare = condition.kind === "share" || condition.kind === "score";
  return `${lead ? `${lead} needs ` : ""}${COMPARATOR_WORDS[comparator]} ${valueWords(condition, m, asShare)}`;
}
function conditionWords(compiled2, condition, m, lead) {
  switch (condition.kind) {
    case "factors":
      if (condition.value === "all" && condition.comparator === "atLeast" && m.count === m.total) return "every excellence factor met";
      return `${m.count} of ${plural(m.total, "excellence factor", "excellence factors")} met, ${need(condition, m, lead)}`;
    case "concerns":
      return `${plural(m.count, "cause of concern", "causes of concern")} recorded, ${need(condition, m, lead)}`;
    case "score": {
      const share = m.total === 0 ? 0 : m.count / m.total;
      return `${selectionWords(compiled2, condition, "criteria")} scored ${m.count} of ${m.total} (${percent(share)}), ${need(condition, m, lead)}`;
    }
    case "share": {
      const share = m.total === 0 ? 0 : m.count / m.total;
      return `${m.count} of ${m.total} ${selectionWords(compiled2, condition, "criteria")} ${countedWords(condition.counted)} (${percent(share)}), ${need(condition, m, lead)}`;
    }
    default: {
      const noun = m.total === 1 ? "criterion" : "criteria";
      if (condition.counted === "unmet" && m.count === 0) return `all ${m.total} ${selectionWords(compiled2, condition, noun)} met`;
      if (condition.counted === "unmet" && condition.comparator === "atMost" && condition.value === 0) {
        return `${m.total - m.count} of ${m.total} ${selectionWords(compiled2, condition, "criteria")} met`;
      }
      const plain = condition.comparator === "atLeast" && condition.value === 1;
      return `${m.count} of ${m.total} ${selectionWords(compiled2, condition, noun)} ${countedWords(condition.counted)}${plain ? "" : `, ${need(condition, m, lead)}`}`;
    }
  }
}
function gradeTitle(compiled2, grade) {
  return titleOf(compiled2.scheme.grades, grade);
}

// src/engine/changes.ts
var MAX_STATES = 2e5;
function keyOf(node) {
  return `${node.hist.join(",")}|${node.factors}`;
}
function neighbours(node, start, up) {
  const { width } = start;
  const out = [];
  for (let at = 0; at < node.hist.length; at++) {
    if (node.hist[at] === 0) continue;
    const v = at % width;
    if (up ? v === width - 1 : v === 0) continue;
    const hist = node.hist.slice();
    hist[at] = hist[at] - 1;
    const to = up ? at + 1 : at - 1;
    hist[to] = hist[to] + 1;
    out.push({ hist, factors: node.factors });
  }
  const factors = node.factors + (up ? 1 : -1);
  if (factors >= 0 && factors <= start.factorsTotal) out.push({ hist: node.hist, factors });
  return out;
}
function behind(hist, k, v, width, up) {
  let n = 0;
  if (up) for (let u = 0; u <= v; u++) n += hist[k * width + u];
  else for (let u = v; u < width; u++) n += hist[k * width + u];
  return n;
}
var NONE = { changesNeeded: null, moved: /* @__PURE__ */ new Set(), always: /* @__PURE__ */ new Set(), factors: false, factorsRequired: false };
function summarise(goals, start, up, cost) {
  const { width, hist } = start;
  const moved = /* @__PURE__ */ new Set();
  const always = /* @__PURE__ */ new Set();
  for (let k = 0; k < start.inSelection.length; k++) {
    for (let v = 0; v < width; v++) {
      const here = hist[k * width + v];
      if (here === 0) continue;
      const at = k * width + v;
      const before = behind(hist, k, v, width, up);
      if (!goals.some((g) => behind(g.hist, k, v, width, up) < before)) continue;
      moved.add(at);
      if (goals.every((g) => g.hist[at] === 0)) always.add(at);
    }
  }
  const startFactors = start.factorsMet;
  const factorMoves = goals.map((g) => Math.abs(g.factors - startFactors));
  const factorRoom = up ? start.factorsTotal - startFactors : startFactors;
  return {
    changesNeeded: cost,
    moved,
    always,
    factors: factorMoves.some((n) => n > 0),
    factorsRequired: factorRoom > 0 && factorMoves.every((n) => n === factorRoom)
  };
}
function withPositions(summary, start) {
  const criteria = [];
  const requiredCriteria = [];
  if (summary.moved.size > 0) {
    for (let i = 0; i < start.classOf.length; i++) {
      const k = start.classOf[i];
      if (k < 0) continue;
      const at = k * start.width + start.valueOf[i];
      if (summary.moved.has(at)) criteria.push(i);
      if (summary.always.has(at)) requiredCriteria.push(i);
    }
  }
  return { changesNeeded: summary.changesNeeded, criteria, factors: summary.factors, requiredCriteria, factorsRequired: summary.factorsRequired };
}
function oneStepGoals(start, up, reached) {
  const { width } = start;
  const hist = start.hist.slice();
  const node = { hist, factors: start.factorsMet };
  const goals = [];
  for (let at = 0; at < hist.length; at++) {
    const v = at % width;
    if (hist[at] === 0 || (up ? v === width - 1 : v === 0)) continue;
    const to = up ? at + 1 : at - 1;
    hist[at] = hist[at] - 1;
    hist[to] = hist[to] + 1;
    if (reached(node)) goals.push({ hist: hist.slice(), factors: node.factors });
    hist[at] = hist[at] + 1;
    hist[to] = hist[to] - 1;
  }
  const factors = start.factorsMet + (up ? 1 : -1);
  if (factors >= 0 && factors <= start.factorsTotal) {
    node.factors = factors;
    if (reached(node)) goals.push({ hist: hist.slice(), factors });
  }
  return goals;
}
var remembered = /* @__PURE__ */ new WeakMap();
var MAX_REMEMBERED = 2e4;
function fewestChanges(compiled2, start, goalRank, up) {
  if (start.inSelection !== compiled2.classes.inSelection) return withPositions(search(compiled2, start, goalRank, up), start);
  let memo = remembered.get(compiled2);
  if (!memo) remembered.set(compiled2, memo = /* @__PURE__ */ new Map());
  const key = `${up ? "u" : "d"}${goalRank}|${start.hist.join(",")}|${start.factorsMet}/${start.factorsTotal}|${start.concerns}`;
  let summary = memo.get(key);
  if (!summary) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    summary = search(compiled2, start, goalRank, up);
    memo.set(key, summary);
  }
  return withPositions(summary, start);
}
function search(compiled2, start, goalRank, up) {
  const probe = { ...start };
  const reached = (node) => {
    probe.hist = node.hist;
    probe.factorsMet = node.factors;
    const rank = rankOfState(compiled2, probe);
    return up ? rank >= goalRank : rank < goalRank;
  };
  let frontier = [{ hist: start.hist, factors: start.factorsMet }];
  if (reached(frontier[0])) return summarise(frontier, start, up, 0);
  const single = oneStepGoals(start, up, reached);
  if (single.length > 0) return summarise(single, start, up, 1);
  const seen = /* @__PURE__ */ new Set([keyOf(frontier[0])]);
  for (let cost = 0; frontier.length > 0; cost++) {
    const goals = frontier.filter(reached);
    if (goals.length > 0) return summarise(goals, start, up, cost);
    const next = [];
    for (const node of frontier) {
      for (const n of neighbours(node, start, up)) {
        const k = keyOf(n);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push(n);
      }
    }
    if (seen.size > MAX_STATES) break;
    frontier = next;
  }
  return NONE;
}

// src/engine/next-grade.ts
function asNextGrade(grade, found, ids, factors) {
  const criteria = found.criteria.map((at) => ids[at]);
  const counted2 = found.factors || found.factorsRequired ? factors() : [];
  const required = [...found.requiredCriteria.map((at) => ids[at]), ...found.factorsRequired ? counted2 : []];
  const candidates = [...criteria, ...found.factors ? counted2 : []];
  const changesNeeded = found.changesNeeded;
  return {
    grade,
    changesNeeded,
    candidates,
    required,
    additional: changesNeeded === null ? 0 : Math.max(0, changesNeeded - required.length)
  };
}
function marginDown(compiled2, state, rank, ids, factors) {
  const grade = compiled2.scheme.grades[rank - 1];
  if (!grade) return null;
  const met = () => factors().filter((f) => f.status === "met").map((f) => f.factor);
  return asNextGrade(grade.id, fewestChanges(compiled2, state, rank, false), ids, met);
}

// src/engine/state.ts
function valueWidth(compiled2) {
  const scores = compiled2.scheme.scores;
  return scores ? { width: scores.max - scores.min + 1, offset: scores.min } : { width: 2, offset: 0 };
}
function criticalClasses(compiled2, applicable, critical) {
  const { selections } = compiled2;
  const keys = /* @__PURE__ */ new Map();
  const classOf = [];
  const inSelection2 = [];
  for (let i = 0; i < applicable.length; i++) {
    if (!applicable[i]) {
      classOf.push(-1);
      continue;
    }
    const bits = selections.map((s) => (s.always[i] ?? false) || critical[i] === true && (s.ifCritical[i] ?? false));
    const key = bits.map((b) => b ? "1" : "0").join("");
    let at = keys.get(key);
    if (at === void 0) {
      at = inSelection2.length;
      keys.set(key, at);
      inSelection2.push(bits);
    }
    classOf.push(at);
  }
  return { classOf, inSelection: inSelection2 };
}
function stateOf(compiled2, applicable, critical, values, factorsMet, factorsTotal, concerns) {
  const { width, offset } = valueWidth(compiled2);
  let marked = false;
  if (critical) {
    for (let i = 0; i < critical.length; i++) if (critical[i] === true && compiled2.criticalMatters[i] === true) marked = true;
  }
  const classes = marked ? criticalClasses(compiled2, applicable, critical) : compiled2.classes;
  const hist = new Array(classes.inSelection.length * width).fill(0);
  let everyApplies = true;
  for (let i = 0; i < applicable.length; i++) if (!applicable[i]) everyApplies = false;
  const classOf = marked || everyApplies ? classes.classOf : classes.classOf.map((k, i) => applicable[i] ? k : -1);
  const valueOf2 = offset === 0 ? values : Array.from(values, (value) => value - offset);
  for (let i = 0; i < applicable.length; i++) {
    const k = classOf[i];
    if (k >= 0) hist[k * width + valueOf2[i]] = hist[k * width + valueOf2[i]] + 1;
  }
  return { inSelection: classes.inSelection, classOf, valueOf: valueOf2, hist, width, factorsMet, factorsTotal, concerns };
}

// src/engine/advisories.ts
function advisoriesOf(compiled2, state, decided) {
  const advisory = decided.rule.advisory;
  if (!advisory || !allHold(advisory.when, compiled2, state)) return [];
  const words = advisory.when.map((c) => conditionWords(compiled2, c, measure(c, compiled2, state), ""));
  return [{
    code: advisory.code,
    message: `${gradeTitle(compiled2, decided.rule.grade)} by rule "${decided.rule.id}" with ${words.join("; ")}: refer the grade to moderation`
  }];
}

// src/engine/grade.ts
function inputsOf(criteria, evidence) {
  const compiled2 = compileScheme(criteria);
  const sets = classify(criteria, evidence);
  const factorFindings = new Map((evidence.excellence ?? []).filter((f) => f.status !== "").map((f) => [f.factor, f]));
  const factors = criteria.excellence.map((factor) => {
    const found = factorFindings.get(factor.id);
    return {
      factor: factor.id,
      title: excellenceTitle(factor),
      status: found?.status || "not-met",
      text: factor.text,
      evidenced: found !== void 0,
      evidence: found?.evidence ?? [],
      sources: found?.sources ?? []
    };
  });
  const scores = criteria.scheme.scores;
  const state = stateOf(
    compiled2,
    sets.all.map((c) => c.status !== "not-applicable"),
    sets.all.map((c) => c.critical),
    sets.all.map((c) => scores ? c.score ?? scores.min : c.status === "met" ? 1 : 0),
    factors.filter((f) => f.status === "met").length,
    factors.length,
    evidence.concerns?.length ?? 0
  );
  return { compiled: compiled2, sets, factors, state };
}
function reportedShare(compiled2, state) {
  const condition = compiled2.shareCondition;
  if (!condition) return 0;
  const m = measure(condition, compiled2, state);
  return m.total === 0 ? 0 : m.count / m.total;
}
function decisionOf(compiled2, state, evidence, missing, margin, decided = decideState(compiled2, state)) {
  const judgement = evidence.judgement ?? null;
  const grade = judgement?.grade ?? decided.grade;
  return {
    grade,
    computedGrade: decided.grade,
    judgement,
    rule: decided.rule.id,
    scheme: compiled2.scheme.id,
    limiters: decided.limiters,
    goodShare: reportedShare(compiled2, state),
    thresholds: compiled2.criteria.thresholds,
    advisories: advisoriesOf(compiled2, state, decided),
    incomplete: missing.length > 0,
    missing,
    margin,
    direction: directionOf(compiled2.criteria, evidence, grade)
  };
}
function marginOf(compiled2, state, rank, factors) {
  return marginDown(compiled2, state, rank, compiled2.ids, factors);
}
function decideGrade(criteria, evidence) {
  const { compiled: compiled2, sets, state, factors } = inputsOf(criteria, evidence);
  const decided = decideState(compiled2, state);
  return decisionOf(compiled2, state, evidence, sets.missing, marginOf(compiled2, state, decided.rank, () => factors), decided);
}

// src/engine/one-pass.ts
init_model();
init_blank_text();
var NO_MISSING = [];
var indexes2 = /* @__PURE__ */ new WeakMap();
function indexFor(criteria, compiled2) {
  let index = indexes2.get(criteria);
  if (!index) {
    const conditions = [...compiled2.rules.flatMap((r) => r.when), ...compiled2.limiters.flatMap((l) => l.when)];
    index = {
      position: new Map(criteria.criteria.map((c, i) => [c.id, i])),
      factors: new Set(criteria.excellence.map((f) => f.id)),
      alwaysApplicable: criteria.criteria.map((c) => c.flags.some((f) => compiled2.alwaysApplicable.includes(f))),
      shared: [...new Set(conditions.filter((c) => c.kind === "share" || c.kind === "score").map((c) => c.selection))]
    };
    indexes2.set(criteria, index);
  }
  return index;
}
function valueOf(finding, criteria) {
  const scores = criteria.scheme.scores;
  if (finding.status === "not-applicable") return finding.score === void 0 ? "not-applicable" : void 0;
  if (!scores) return finding.score === void 0 && finding.status ? finding.status === "met" ? 1 : 0 : void 0;
  const score = finding.score;
  if (finding.status !== void 0 || score === void 0 || !Number.isInteger(score) || score < scores.min || score > scores.max) return void 0;
  return score;
}
function decideInOnePass(criteria, evidence) {
  if (evidence.framework !== criteria.framework || evidence.criteriaVersion !== criteria.version) return void 0;
  const compiled2 = compileScheme(criteria);
  const { position, factors, alwaysApplicable, shared } = indexFor(criteria, compiled2);
  const list = criteria.criteria;
  if (evidence.findings.length !== list.length) return void 0;
  const values = new Array(list.length);
  for (const finding of evidence.findings) {
    const at = position.get(finding.criterion);
    if (at === void 0 || values[at] !== void 0) return void 0;
    const status = statusOf(finding, criteria.scheme.scores?.metAt);
    if (status === void 0 || metWithoutCitation(finding, status)) return void 0;
    if (finding.date !== void 0 && !isDateInPeriod(finding.date, criteria.period)) return void 0;
    const value = valueOf(finding, criteria);
    if (value === void 0) return void 0;
    values[at] = value;
  }
  let critical;
  for (const mark of evidence.critical ?? []) {
    critical ??= /* @__PURE__ */ new Set();
    if (!position.has(mark.criterion) || critical.has(mark.criterion) || isBlankText(mark.rationale)) return void 0;
    critical.add(mark.criterion);
  }
  const factorStatus = /* @__PURE__ */ new Map();
  for (const entry of evidence.excellence ?? []) {
    if (!factors.has(entry.factor) || factorStatus.has(entry.factor) || entry.status === "" || metWithoutCitation(entry)) return void 0;
    factorStatus.set(entry.factor, entry.status);
  }
  for (const concern of evidence.concerns ?? []) if (isBlankText(concern.text)) return void 0;
  const judgement = evidence.judgement ?? null;
  if (judgement && (isBlankText(judgement.rationale) || isBlankText(judgement.by) || rankOf(criteria.scheme, judgement.grade) < 0)) return void 0;
  const applicable = new Array(list.length);
  const marks = critical ? new Array(list.length) : null;
  const numbers = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const value = values[i];
    const isCritical = critical?.has(list[i].id) === true;
    if (value === "not-applicable" && (alwaysApplicable[i] === true || isCritical)) return void 0;
    applicable[i] = value !== "not-applicable";
    if (marks) marks[i] = isCritical;
    numbers[i] = typeof value === "number" ? value : 0;
  }
  for (const selection2 of shared) {
    const s = compiled2.selections[selection2];
    if (s && s.always.includes(true) && !applicable.some((a, i) => a && s.always[i] === true)) return void 0;
  }
  let factorsMet = 0;
  for (const f of criteria.excellence) if (factorStatus.get(f.id) === "met") factorsMet++;
  const state = stateOf(compiled2, applicable, marks, numbers, factorsMet, criteria.excellence.length, evidence.concerns?.length ?? 0);
  const decided = decideState(compiled2, state);
  const factorsOf = () => criteria.excellence.map((f) => ({ factor: f.id, status: factorStatus.get(f.id) ?? "not-met" }));
  const decision = decisionOf(compiled2, state, evidence, NO_MISSING, marginOf(compiled2, state, decided.rank, factorsOf), decided);
  const limit = criteria.thresholds[JUDGEMENT_SHIFT] ?? 1;
  if (judgement && Math.abs(rankOf(criteria.scheme, judgement.grade) - rankOf(criteria.scheme, decision.computedGrade)) > limit) return void 0;
  return decision;
}

// src/engine/sequence.ts
init_diagnostics();
function checked(criteria, loaded, options, decide, onePass) {
  const renamed = adoptRegisteredName(loaded, options.forceNames);
  const quick = onePass?.(criteria, loaded.evidence);
  if (quick !== void 0) return { ok: true, value: quick, diagnostics: renamed ? [renamed] : [] };
  const diagnostics = [...checkEvidenceFile(criteria, loaded, options), ...renamed ? [renamed] : []];
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const value = decide(criteria, loaded.evidence);
  const shift = positionIssues(loaded, checkJudgementShift(value, criteria.scheme));
  if (shift.length > 0) return { ok: false, diagnostics: [...diagnostics, ...shift] };
  return { ok: true, value, diagnostics };
}
function decideLoaded(criteria, loaded, options = {}) {
  const outcome = checked(criteria, loaded, options, decideGrade, decideInOnePass);
  return outcome.ok ? { ok: true, decision: outcome.value, diagnostics: outcome.diagnostics } : outcome;
}

// src/batch/grade-file.ts
init_diagnostics();
init_quote();
init_suggest();
init_read_text();

// src/evidence/not-evidence.ts
function notEvidenceReason(text) {
  let data;
  try {
    data = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch {
    return void 0;
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    const keys = data;
    return Object.hasOwn(keys, "framework") || Object.hasOwn(keys, "findings") ? void 0 : 'not evidence: a JSON object with neither "framework" nor "findings"';
  }
  return EVIDENCE_WORDS.test(text) ? void 0 : `not evidence: ${Array.isArray(data) ? "a JSON array" : "a single JSON value"} that names no framework or findings`;
}
var EVIDENCE_WORDS = /framework|findings|criterion|criteriaversion/i;

// src/shared/unknown-framework.ts
init_quote();
init_suggest();
function unknownFrameworkMessage(framework, ids, dir) {
  const where = dir === void 0 ? "" : ` in ${dir}`;
  const hint = didYouMean(framework, ids);
  return `no criteria for framework ${quote(framework)}${where}${hint || ` (available: ${[...ids].sort().join(", ") || "none"})`}`;
}

// src/batch/model.ts
function toBatchResult(decision, evidence, file) {
  return {
    file,
    force: { id: evidence.force.id, name: evidence.force.name },
    framework: evidence.framework,
    grade: decision.grade,
    computedGrade: decision.computedGrade,
    judged: decision.judgement !== null,
    goodShare: decision.goodShare,
    rule: decision.rule,
    limiters: decision.limiters,
    direction: decision.direction?.movement ?? null,
    margin: decision.margin ? { grade: decision.margin.grade, changesNeeded: decision.margin.changesNeeded, candidates: decision.margin.candidates } : null,
    incomplete: decision.incomplete,
    missing: decision.missing,
    advisories: decision.advisories
  };
}

// src/batch/grade-file.ts
function failure(file, diagnostics, loaded) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const error = { file, diagnostic: firstError(errors), errorCount: errors.length };
  if (loaded) {
    error.force = { id: loaded.evidence.force.id, name: loaded.evidence.force.name };
    error.framework = loaded.evidence.framework;
  }
  return { ok: false, error, warnings: diagnostics.filter((d) => d.severity === "warning") };
}
function forceIdPosition(text, id) {
  let at = text.indexOf('"id"');
  while (at !== -1 && text.charCodeAt(at - 1) === 92) at = text.indexOf('"id"', at + 1);
  if (at === -1) return void 0;
  const colon = /^\s*:\s*/.exec(text.slice(at + 4, at + 64));
  if (!colon) return void 0;
  const offset = at + 4 + colon[0].length;
  if (!text.startsWith(JSON.stringify(id), offset)) return void 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function otherNumber(a, b) {
  const letters = (s) => s.toLowerCase().replace(/[0-9]/g, "");
  return a !== b && /[0-9]/.test(a + b) && letters(a) === letters(b);
}
function forceHint(forces) {
  const ids = forces.map((f) => f.id);
  const byName = new Map(forces.map((f) => [f.name, f]));
  const byId = new Map(forces.map((f) => [f.id, f]));
  const said = /* @__PURE__ */ new Map();
  return (force) => {
    const key = `${force.id}\0${force.name}`;
    let hint = said.get(key);
    if (hint === void 0) {
      const id = suggest(force.id, ids);
      const sameName = byName.has(force.name) ? { candidate: force.name, lookAlike: false } : void 0;
      const name = id === void 0 ? sameName ?? suggest(force.name, byName.keys()) : void 0;
      const match = id ?? name;
      const registered = id ? byId.get(id.candidate) : name ? byName.get(name.candidate) : void 0;
      const numbered = registered !== void 0 && (id ? otherNumber(force.id, registered.id) : otherNumber(force.name, registered.name));
      hint = match && registered && !numbered ? didYouMeanOf({ candidate: registered.id, lookAlike: match.lookAlike }, { after: ` (${cutForMessage(registered.name)})` }) : "";
      if (said.size < 1e4) said.set(key, hint);
    }
    return hint;
  };
}
function createFileGrader(context) {
  const byFramework = new Map(context.criteria.map((c) => [c.framework, c]));
  const invalid = new Map(context.invalidCriteria.map((c) => [c.framework, c.reason]));
  const known = context.knownForces ? forceNamesOf(context.knownForces) : void 0;
  const frameworkIds = [...byFramework.keys(), ...invalid.keys()];
  const named = new Set(context.namedFiles ?? []);
  const noCriteria = (loaded) => {
    const framework = loaded.evidence.framework;
    const reason = invalid.get(framework);
    const message = reason !== void 0 ? `the criteria for framework ${quote(framework)} are invalid (${reason})` : unknownFrameworkMessage(framework, frameworkIds, context.criteriaDir);
    return positionIssues(loaded, [{ code: "unknown-framework", severity: "error", path: ["framework"], message }])[0];
  };
  const registeredHint = forceHint(context.knownForces ?? []);
  return (file) => {
    const read = readTextFileSync(file, context.maxFileBytes);
    if (!read.ok) return failure(file, read.diagnostics);
    const parsed = parseEvidence(read.value, file);
    if (!parsed.ok) {
      const reason = named.has(file) ? void 0 : notEvidenceReason(read.value);
      if (reason !== void 0) return { ok: false, skipped: { file, reason }, warnings: [] };
      const partial = parsed.partial;
      const renamed2 = partial ? adoptRegisteredName(partial, known) : void 0;
      const criteria2 = partial ? byFramework.get(partial.evidence.framework) : void 0;
      const more = !partial ? [] : criteria2 ? checkEvidenceFile(criteria2, partial, { allowIncomplete: context.allowIncomplete }) : [noCriteria(partial)];
      return failure(file, [...parsed.diagnostics, ...more, ...renamed2 ? [renamed2] : []], partial);
    }
    const loaded = parsed.value;
    const renamed = adoptRegisteredName(loaded, known);
    const framework = loaded.evidence.framework;
    const criteria = byFramework.get(framework);
    if (!criteria) return failure(file, [noCriteria(loaded), ...renamed ? [renamed] : []], loaded);
    const graded = decideLoaded(criteria, loaded, { allowIncomplete: context.allowIncomplete });
    if (!graded.ok) return failure(file, [...graded.diagnostics, ...renamed ? [renamed] : []], loaded);
    const warnings = graded.diagnostics.filter((d) => d.severity === "warning");
    if (renamed) warnings.push(renamed);
    const force = loaded.evidence.force;
    if (known && !known.has(force.id)) {
      const message = `force ${quote(force.id)} (${cutForMessage(force.name)}) is not in the forces registry${registeredHint(force)}`;
      const position = forceIdPosition(read.value, force.id);
      warnings.push(position ? { code: "unknown-force", severity: "warning", message, file, ...position } : positionIssues(loaded, [{ code: "unknown-force", severity: "warning", path: ["force", "id"], message }])[0]);
    }
    return { ok: true, result: toBatchResult(graded.decision, loaded.evidence, file), warnings };
  };
}

// src/batch/wire.ts
function createWire(criteria) {
  const frameworkIndex = new Map(criteria.map((c, i) => [c.framework, i]));
  const grades = criteria.map((c) => c.scheme.grades.map((g) => g.id));
  const rules = criteria.map((c) => c.scheme.rules.map((r) => r.id));
  return {
    pack(outcome) {
      if (!outcome.ok || outcome.warnings.length > 0) return outcome;
      const r = outcome.result;
      const framework = frameworkIndex.get(r.framework);
      if (framework === void 0 || r.incomplete || r.missing.length > 0 || r.advisories.length > 0 || r.limiters.length > 0 || r.direction !== null) return outcome;
      const g = grades[framework];
      const margin = r.margin;
      return [
        r.force.id,
        r.force.name,
        framework,
        g.indexOf(r.grade),
        g.indexOf(r.computedGrade),
        rules[framework].indexOf(r.rule),
        r.judged ? 1 : 0,
        r.goodShare,
        margin ? g.indexOf(margin.grade) : -1,
        margin?.changesNeeded ?? -1,
        margin ? margin.candidates.join("\0") : ""
      ];
    },
    unpack(wire, file) {
      if (!Array.isArray(wire)) return wire;
      const [id, name, framework, grade, computedGrade, rule, judged, goodShare, marginGrade, marginChanges, marginCandidates] = wire;
      const g = grades[framework];
      return {
        ok: true,
        warnings: [],
        result: {
          file,
          force: { id, name },
          framework: criteria[framework].framework,
          grade: g[grade],
          computedGrade: g[computedGrade],
          judged: judged === 1,
          goodShare,
          rule: rules[framework][rule],
          limiters: [],
          direction: null,
          margin: marginGrade < 0 ? null : {
            grade: g[marginGrade],
            changesNeeded: marginChanges < 0 ? null : marginChanges,
            candidates: marginCandidates === "" ? [] : marginCandidates.split("\0")
          },
          incomplete: false,
          missing: [],
          advisories: []
        }
      };
    }
  };
}

// ../scratch/mb7.ts
void (async () => {
  const ids = ["neighbourhood-policing", "performance-management", "child-abuse", "domestic-violence", "public-protection", "missing-persons"];
  const criteria = [];
  for (const id of ids) criteria.push((await loadCriteriaFile(`/work/main/criteria/${id}.yaml`)).value);
  const grade = createFileGrader({ criteria, invalidCriteria: [], allowIncomplete: false, knownForces: null, namedFiles: [] });
  const { pack } = createWire(criteria);
  const files = [];
  for (const p of ["part-000", "part-001", "part-002", "part-003"]) {
    const dir = `/work/main/.bench/corpus-2/${p}`;
    for (const f of (0, import_node_fs4.readdirSync)(dir)) if (f.endsWith(".json")) files.push((0, import_node_path4.join)(dir, f));
  }
  const W = Number(process.env.W ?? 2);
  for (let w = 0; w < W; w++) for (const f of files) pack(grade(f));
  const s = process.hrtime.bigint();
  for (const f of files) pack(grade(f));
  console.log("grade+pack", (Number(process.hrtime.bigint() - s) / 1e3 / files.length).toFixed(1), "\xB5s/file");
})();
