/**
 * Hostile commentary, shared by the renderer test and the browser test. Each would open a dialog or run
 * code if it reached a reader unsanitized.
 */
export const XSS_PAYLOADS = [
  "<script>alert('xss-1')</script>",
  "<img src=x onerror=alert('xss-2')>",
  "<svg onload=alert('xss-3')></svg>",
  "<svg><script>alert('xss-4')</script></svg>",
  "<iframe src=\"javascript:alert('xss-5')\"></iframe>",
  "<a href=\"javascript:alert('xss-6')\">click me</a>",
  "[markdown link](javascript:alert('xss-7'))",
  "[encoded](jAvAsCrIpT:alert('xss-8'))",
  "[entity](&#106;avascript:alert('xss-9'))",
  "![image](javascript:alert('xss-10'))",
  "<details open ontoggle=alert('xss-11')>x</details>",
  "<body onload=alert('xss-12')>",
  "<input autofocus onfocus=alert('xss-13')>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-14')></style></mglyph></table></mtext></math>",
  "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTE1Jyk8L3NjcmlwdD4=\">data</a>",
  "<object data=\"javascript:alert('xss-16')\"></object>",
  "<style>@import 'javascript:alert(17)';</style>",
  "$\\href{javascript:alert('xss-18')}{click}$",
  "$$\\url{javascript:alert('xss-19')}$$",
  "<div style=\"background:url(javascript:alert('xss-20'))\">styled</div>",
  "[ref]: javascript:alert('xss-21')\n\n[ref link][ref]",
  "<form action=\"javascript:alert('xss-22')\"><button>go</button></form>",
];

/** One Markdown document holding every payload, separated so each is parsed on its own. */
export const XSS_DOCUMENT = XSS_PAYLOADS.join("\n\n");
