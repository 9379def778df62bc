" Vim syntax file for svc service specifications (.svc).
" Colour for editors without semantic tokens (Vim, Neovim before 0.9); the language server
" (`svc lsp --stdio`) does the rest. Install as syntax/svc.vim on the runtime path, with
" ftdetect/svc.vim beside it. Keep the keywords those of packages/language/src/svc.langium
" (test/vim-syntax.test.ts checks it).

if exists('b:current_syntax')
  finish
endif

" Names are Unicode identifiers; hyphenated levels and rule ids are matched whole below.
setlocal iskeyword=@,48-57,_,192-255

syn keyword svcDeclaration package import stakeholder property dimension need gap change service spec assessment alignment policy
syn keyword svcKeyword accountable addresses affects after agreedBy aligns asOf assessors at before budget commits context date decided
syn keyword svcKeyword expects for forum governance group kind manages maxResponseDays measures metric nature objective of on owner
syn keyword svcKeyword people perspective priority provider raised raisedBy requires resources responded respondsTo risk role rule
syn keyword svcKeyword score shortfall supersedes supportedBy tbe technology tolerance version with
syn keyword svcConstant business cloud core critical development error external high info internal it legislative low management
syn keyword svcConstant market medium mix off organisational product warning

" Levels and rule ids: words joined by hyphens (business-process-execution, need-stale).
syn match svcLevel /\<\l[a-z0-9]*\%(-[a-z0-9]\+\)\+\>/
syn match svcDate /\<\d\{4}-\d\{2}-\d\{2}\>/
syn match svcNumber /-\?\<\d\+\%(\.\d\+\)\?\%([mhdw]\>\|%\)\?/
syn region svcString start=/"/ skip=/\\./ end=/"/ oneline
syn match svcIgnore /svc-ignore/ contained
syn match svcComment "//.*$" contains=svcIgnore
syn region svcComment start="/\*" end="\*/" contains=svcIgnore

hi def link svcDeclaration Statement
hi def link svcKeyword Keyword
hi def link svcConstant Constant
hi def link svcLevel Constant
hi def link svcDate Number
hi def link svcNumber Number
hi def link svcString String
hi def link svcComment Comment
hi def link svcIgnore PreProc

let b:current_syntax = 'svc'
