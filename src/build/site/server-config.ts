/**
 * Ready server settings for the base path a site was built for: Apache's .htaccess and IIS's
 * web.config go into the site folder (copied with it), the nginx snippet beside it (it belongs in
 * the server's own configuration, not on the web). README "서버 설정" shows these for /career/.
 */

/** Pagefind's index files: extensions no server knows. IIS refuses them; others send a wrong type. */
export const SEARCH_EXTENSIONS = ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind'] as const;

/** Where the nginx snippet assumes the files were copied; the admin puts the real folder in. */
export function nginxFolderPlaceholder(base: string): string {
  return base === '/' ? '/var/www/site/' : `/var/www${base}`;
}

/** Works with `AllowOverride FileInfo` alone: no DirectoryIndex (that needs Indexes); mod_dir's default serves index.html and adds the slash. */
export function apacheHtaccess(base: string): string {
  return [
    `# npm run build가 하위 경로 ${base}에 맞춰 만든 Apache 설정이에요 (AllowOverride FileInfo면 충분해요).`,
    '# 사이트를 다른 경로에 올리려면 이 파일을 고치지 말고 SITE_BASE를 바꿔 다시 빌드하세요.',
    `ErrorDocument 404 ${base}404.html`,
    'AddType application/wasm .wasm',
    `AddType application/octet-stream ${SEARCH_EXTENSIONS.map((e) => `.${e}`).join(' ')}`,
    '',
  ].join('\n');
}

export function iisWebConfig(base: string): string {
  const mime = (ext: string, type: string) =>
    [`      <remove fileExtension=".${ext}" />`, `      <mimeMap fileExtension=".${ext}" mimeType="${type}" />`].join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- npm run build가 하위 경로 ${base}에 맞춰 만든 IIS 설정이에요. 다른 경로라면 SITE_BASE를 바꿔 다시 빌드하세요. -->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <staticContent>
${[...SEARCH_EXTENSIONS.map((e) => mime(e, 'application/octet-stream')), mime('wasm', 'application/wasm'), mime('json', 'application/json')].join('\n')}
    </staticContent>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" subStatusCode="-1" />
      <error statusCode="404" path="${base}404.html" responseMode="ExecuteURL" />
    </httpErrors>
  </system.webServer>
</configuration>
`;
}

export function nginxSnippet(base: string): string {
  const folder = nginxFolderPlaceholder(base);
  const header = [
    `# npm run build가 하위 경로 ${base}에 맞춰 만든 nginx 설정이에요. server { … } 블록 안에 넣고,`,
    `# ${folder}를 dist/ 안의 것을 복사한 폴더로 바꾼 뒤 nginx -t && systemctl reload nginx 하세요.`,
  ];
  const body = [
    `    index index.html;`,
    `    try_files $uri $uri/ =404;`,
    `    error_page 404 ${base}404.html;`,
    `    # types를 여기 두면 바깥의 형식표를 물려받지 않으므로, 기본 형식표(.html .js .css .wasm …)를 다시 읽어요.`,
    `    include /etc/nginx/mime.types;`,
    `    types {`,
    `        application/octet-stream ${SEARCH_EXTENSIONS.join(' ')};`,
    `    }`,
  ];
  if (base === '/') return [...header, 'location / {', `    root ${folder.replace(/\/$/, '')};`, ...body, '}', ''].join('\n');
  return [
    ...header,
    `location = ${base.replace(/\/$/, '')} {`,
    `    return 301 ${base};`,
    '}',
    `location ${base} {`,
    `    alias ${folder};`,
    ...body,
    '}',
    '',
  ].join('\n');
}

/** The files a build writes: into the site folder, and the nginx snippet beside it. */
export const SERVER_FILES = { apache: '.htaccess', iis: 'web.config' } as const;

export function nginxSnippetPath(out: string): string {
  return `${out}.nginx.conf`;
}
