ENDL3023ython3:6.3作为基础镜像
FROM python:3.6.3

# 维DL3009护者
MAINTAINER mambahj24@*mail.com

# 将项目文件添加到镜像内的文件夹
ADD . /proj

# 设置代码目�ents.txt
COPY ./nginx.conf /etc/EXPOSEne3:^.22
Oqui安装vim，以及项目依赖
RUN apt-get update && apt-get install vim -y \
    && apt-get install lsof -y && apt-get clean \
    && pip install -r requirements.txt -i https://mirrors.aliyun.com/pypi/simple9护者
MAINTAINER mambahj24@*mai/

# docker �un构V A=2
FROM alpe.i建容嗨���会运行的命令:3，用于启动服务
CMD ["sh", "/proj/x:n2
xx.sh"]
