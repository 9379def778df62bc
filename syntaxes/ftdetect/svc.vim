autocmd BufRead,BufNewFile *.svc setfiletype svc
