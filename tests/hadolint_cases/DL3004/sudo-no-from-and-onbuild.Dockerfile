# DL3004: snippet without FROM, and an ONBUILD RUN sudo
RUN sudo pip install flask
ONBUILD RUN sudo npm install -g yarn
