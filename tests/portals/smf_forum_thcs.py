"""Trường THCS Nguyễn Trãi (Tam Kỳ, Đà Nẵng): a school news board on Simple Machines Forum 2.1.

The school runs its news as a forum: every news item is the opening post of a topic, teachers,
pupils and parents reply under it. TinyPortal puts a portal front page before the forum. The theme
is a custom one (THCSNT); the Vietnamese language pack is incomplete, so the topic view prints
SMF's English strings ("Started by", "« Reply #1 on: … »", "Last Edit", "Pages", "Print").

URL scheme (one script; SMF reads ';' like '&'; every link is absolute, http://<host>/index.php?…)
  /index.php                              TinyPortal front page (start URL)
  /index.php?action=forum                 board index (categories, boards, last post, info center)
  /index.php?board=N.S                    message index, S = offset (4 topics a page: board=1.4);
  /index.php?board=N;start=S              the theme's own "Trang trước / Trang sau" links
  /index.php?topic=N.0                    topic, page 1: the news post first, replies under it
  /index.php?topic=N.15                   topic, page 2 of replies (15 messages a page)
  /index.php?topic=N.msgM                 the page holding message M (links end in #msgM / #new)
  /index.php?action=printpage;topic=N.0   print view (rel=nofollow, noindex, text only)
  /index.php?page=<slug>                  TinyPortal article (intro, contact)
  /index.php?action=help|search|login     chrome; search posts to action=search2 (form)
  /index.php?action=.xml;type=rss2        RSS of the five newest topics
  /index.php?action=dlattach;topic=N.0;attach=A[;image]   attachment / attached photo
  ?PHPSESSID=<sid>&…                      every script link, when the visitor sent no cookie
  Static: /Themes/…, /Smileys/…, /tp-images/… (editor's uploads), /custom_avatar/…

Page templates
  front page: TP side panels (Danh mục, Liên kết website, Xem nhiều nhất, Thăm dò ý kiến,
    Thống kê truy cập) around "Tin mới nhất" (five newest topics of boards 1-4 with a 260-char
    teaser and "Đọc tiếp »") and "Bài viết mới trên diễn đàn" (five newest messages, msg links).
  board index: category bars, boards with "Last post by X in Re: … on …" (topic=N.msgM#new),
    info center with recent posts, stats, who is online.
  message index: div.windowbg rows (sticky first, then by last post), "Started by", n Replies /
    Views, last-post link topic=N.S#msgM, mini page index for long topics, pager top and bottom.
  topic: h2.display_title, "Started by X, <time>", Print button, share links, then per message
    div.poster (name, title, group, avatar, stars, "Posts: n", blurb) and div.postarea
    (h5 subject, "« on: … »" / "« Reply #n on: … »", optional "« Last Edit: … by … »",
    div.inner = the parsed BBCode, div.attachments, div.signature), then "Các tin khác"
    (Related Topics mod table) and "… Guests are viewing this topic".
  print view: "Title: … / Post by: … on …" header and div.postbody for every message.

How the gold articles are reached (topic id: article)
  45 Rung chuông vàng, 43 Hội khỏe Phù Đổng, 41 TB kiểm tra HK I, 38 GV dạy giỏi: front page
    "Tin mới nhất" and their boards' first pages (45 and 43 also from recent posts);
  34 Lễ 20/11, 28 Ngoại khóa ATGT: "Xem nhiều nhất" on every page and board 1 page 1;
  31 Hội nghị CMHS: board 2 page 1; 36 Chuyên đề Ngữ văn: board 3 and the MOVED stub;
  30 Hội thảo AI: board 3; 29 Kế hoạch nhỏ: board 4;
  24 Đuối nước, 23 Ngày Phụ nữ 20/10: only board 1 page 2 (board=1.4 / board=1;start=4);
  26 Nghỉ học tránh bão: only board 2 page 2 (board=2.4 / board=2;start=4).
  The search form (POST action=search2) finds them all as well.

Traps
  1. No <p> anywhere: a post is lines of text joined by <br> (a blank line = <br><br>), with
     [center] divs, bbc_list, bbc_table between them. Gold: each line is a paragraph; only
     div.inner of the opening post is the article; the lead is its first line when bold.
  2. Replies under the news post ("« Reply #n on: »"): congratulations, a quote of the
     article's lead (blockquote with "Quote from: …" cite), a teacher's photo, smileys, and a
     second page of replies (topic=43.15). Gold: none of it is body or images; topic=43.15,
     topic=43.msg176 and topic=43.msg177 serve replies only and are no article (nor alt paths).
  3. The poster's side panel and signature: "BBT Nguyễn Trãi" (Biên tập viên, Posts: 386, an
     avatar, star icons), "Quản trị viên", "Tổng phụ trách Đội"; signatures with the BBT's
     e-mail or a banner GIF. Gold: accounts, not authors (authors come from the bylines in the
     text); avatars, stars and signature banners are not images; signature text is not body.
  4. Dates: SMF's English 12-hour format; "November 06, 2026, 12:40:12 AM" is 00:40:12 (not
     midnight, not 12:40); "<strong>Yesterday</strong> at 04:05:33 PM" and "<strong>Today</strong>
     at 07:55:02 AM" count from the forum's clock (December 05, 2026), the print view prints them
     in full; "« Last Edit: October 29, 2026 … »" and the red "[CẬP NHẬT lúc 6h00 ngày 29/10/2026]"
     line are not the publication; the header's "Thứ Bảy, 05/12/2026" never is.
  5. Duplicate addresses: topic=N.0, topic=N, topic=N.msgM for every message on page 1 (recent
     posts, board index's last post, quote cites), the print view, and all of them again with
     "PHPSESSID=<sid>&" (SMF rewrites every script link for a visitor without the cookie; only
     the canonical link is spared). Gold: all in alt_paths; canonical topic=N.0.
  6. Pagination: four topics a page, stickies first; three articles are only behind page 2, which
     is linked both as board=N.4 and (theme's own pager) board=N;start=4.
  7. "MOVED: Chuyên đề …" redirection stub left in Thông báo, linking the real topic that now sits
     in Hoạt động chuyên môn. Gold: the stub is a non-article; the article's category is
     "Hoạt động chuyên môn".
  8. Photos attached, not inline (topic 43): thumbnails in div.attachments under the post with
     file lines "IMG_20261204_153012.jpg 195.24 kB, 1280x960 - viewed 64 times.". Gold: the
     three thumbnails are the images, caption None; the file lines are neither body nor caption.
  9. The headline typed again at the top of the post (topic 30: centred, 14pt, navy, capitals).
     Gold: not body; the lead is the bold-italic line after it.
 10. Text typed as decomposed Unicode ("Unicode tổ hợp", topic 24, subject included): gold NFC.
 11. Official notice in a post (topic 41): letterhead and "Nơi nhận / HIỆU TRƯỞNG" tables use the
     same bbc_table class as the exam timetable between them. Gold: letterhead, "THÔNG BÁO / Về
     việc …" and the closing are not body, the timetable rows are; date 2026-11-30 (letterhead),
     though posted December 01, 2026; author the signer Nguyễn Văn Thành.
 12. Smileys are <img class="smiley" alt=";D">: not text, not images. Emoji characters (💚, ♻️)
     are text and kept.
 13. Captions three ways: a separate centred <i> line, "<br>(…)" in 9pt inside the image's own
     [center] (parentheses off), a grey line under a resized image; "Ảnh: X" under a photo is a
     credit (caption None, X a photographer).
 14. Non-articles that look like articles: TinyPortal intro/contact pages with "bởi Quản trị
     viên | <date> | Lượt xem"; album, video, poll, rules and document topics with the same
     topic template; teasers on the front page.

Gold decisions on ambiguous points
  - A topic's category is its board's name as the linktree prints it.
  - Poster display names (side panel, "Started by", print "Post by") are CMS accounts: nobody.
  - Bylines: "Tin, ảnh: X - TPT Đội" -> X both; "Tin: X - Ảnh: Y" -> [X], [Y]; "Tin: X; ảnh: Y
    (lớp 9/4)" -> [X], [Y] (class dropped); "ThS. Phạm Quốc Huy / Tổ trưởng tổ Toán - Tin" ->
    Phạm Quốc Huy; right-aligned "Ban Giám hiệu", "Tổ Ngữ văn" -> the unit as printed; "BBT" ->
    nobody; "Phạm Thị Ngọc Ánh - TPT Đội" -> the name.
  - "Nguồn: Công đoàn cơ sở Trường THCS Nguyễn Trãi" (right, italic, closing) is the source.
  - "Xem thêm: <link>" under topic 31 is no body.
  - Topic 35's "Tài liệu tham khảo:" and its two entries are body; the calls "[1]", "[2]" stay.
  - The red update line at the top of topic 26 is the post's own text (first paragraph), not a
    lead (not bold) and not a date: summary None.
  - Attached photos: the gold image is the thumbnail <img src> (…attach=613;image), not the
    full-size link around it.
  - The print view is an alt path of the article even though it prints images as "(url)".
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "smf_forum_thcs"
PLATFORM = "Simple Machines Forum 2.1.4 + TinyPortal 3 (custom theme THCSNT)"
START_PATH = "/index.php"

SCHOOL = "Trường THCS Nguyễn Trãi"
#: the session id SMF hands a visitor that sent no cookie (fixed here so the gold can name it)
SID = "3f9c1e7a52b84d06a1c9e2f7b5d3084c"
#: the forum's clock (Asia/Ho_Chi_Minh); "Today"/"Yesterday" are relative to it
NOW = datetime(2026, 12, 5, 10, 14, 5)
TOPICS_PER_PAGE = 4
MSGS_PER_PAGE = 15


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


# --- members (the poster's side panel) ------------------------------------------------------


@dataclass(frozen=True)
class Member:
    name: str
    group: str
    posts: int
    stars: int = 1
    title: str = ""
    avatar: str = ""
    blurb: str = ""
    signature: str = ""
    online: bool = False


_SIG_BBT = (
    '<div class="centertext"><span style="color: #1f4e79;" class="bbc_color"><b>BAN BIÊN TẬP WEBSITE '
    "TRƯỜNG THCS NGUYỄN TRÃI</b></span><br>Mọi ý kiến đóng góp xin gửi về: "
    '<a href="mailto:c2nguyentrai.tamky@gmail.com" class="bbc_email">c2nguyentrai.tamky@gmail.com</a></div>'
)
_SIG_ADMIN = (
    '<span style="font-size: 8pt;" class="bbc_size"><i>“Tất cả vì học sinh thân yêu”</i></span><br>'
    '<img src="{base}/tp-images/chuky/banner_chuky_admin.gif" alt="" class="bbc_img" loading="lazy">'
)

MEMBERS: dict[str, Member] = {
    "bbt": Member(
        "BBT Nguyễn Trãi", "Ban biên tập", 386, 4, "Biên tập viên",
        "/custom_avatar/avatar_2_1599812345.png", "Cập nhật tin tức nhà trường", _SIG_BBT, True,
    ),
    "admin": Member(
        "Quản trị viên", "Administrator", 1204, 5, "", "/custom_avatar/avatar_1_1587650012.png",
        "", _SIG_ADMIN,
    ),
    "tpt": Member(
        "Tổng phụ trách Đội", "Giáo viên", 97, 2, "TPT Đội", "/custom_avatar/avatar_7_1630021177.jpg",
        "Liên đội THCS Nguyễn Trãi",
    ),
    "hau": Member("Trần Văn Hậu", "Giáo viên", 212, 3, "", "/custom_avatar/avatar_11_1612345678.jpg", "Tổ Toán - Tin"),
    "thuha": Member("Đặng Thị Thu Hà", "Giáo viên", 64, 2, "", "", "Tổ Ngữ văn"),
    "chau": Member("Lê Minh Châu", "Học sinh", 41, 1, "", "/custom_avatar/avatar_54_1663300421.png", "Lớp 9/2"),
    "khang": Member("nguyenkhang_8a1", "Học sinh", 18, 1, "", "", ""),
    "phuong": Member("Võ Thị Phương", "Giáo viên", 133, 2, "", "", "Tổ Ngoại ngữ"),
    "tin": Member("Lê Văn Tín", "Ban Giám hiệu", 301, 4, "Phó Hiệu trưởng", "/custom_avatar/avatar_4_1590001122.jpg"),
}


# --- the forum's layout ---------------------------------------------------------------------


@dataclass(frozen=True)
class Board:
    id: int
    cat: int
    name: str
    desc: str


CATEGORIES = {1: "TIN TỨC - THÔNG BÁO", 2: "CHUYÊN MÔN - ĐOÀN ĐỘI", 3: "TƯ LIỆU"}
BOARDS = {
    1: Board(1, 1, "Tin tức - Sự kiện", "Tin hoạt động của thầy và trò Trường THCS Nguyễn Trãi"),
    2: Board(2, 1, "Thông báo", "Thông báo của Ban Giám hiệu đến giáo viên, học sinh và cha mẹ học sinh"),
    3: Board(3, 2, "Hoạt động chuyên môn", "Sinh hoạt chuyên môn, chuyên đề, hội giảng của các tổ chuyên môn"),
    4: Board(4, 2, "Liên đội - Chi đoàn", "Hoạt động Đội TNTP Hồ Chí Minh và Chi đoàn giáo viên"),
    5: Board(5, 3, "Văn bản - Kế hoạch", "Văn bản, kế hoạch, biểu mẫu của nhà trường (tải về)"),
    6: Board(6, 3, "Thư viện ảnh - Video", "Hình ảnh, video hoạt động của nhà trường"),
}


@dataclass
class Msg:
    id: int
    poster: str  # a MEMBERS key, or "guest:<name>"
    when: datetime
    body: str  # the parsed BBCode, as SMF stores it in its cache ({base} is the forum's address)
    subject: str = ""
    icon: str = "xx"
    edited: tuple[datetime, str] | None = None
    attachments: list[tuple] = field(default_factory=list)  # (id, thumb id, file, size, dims, views)


@dataclass
class Topic:
    id: int
    board: int
    subject: str
    msgs: list[Msg]
    views: int
    sticky: bool = False
    locked: bool = False
    story: Story | None = None
    poll: dict | None = None
    related: tuple[int, ...] = ()
    moved_to: int | None = None

    @property
    def first(self) -> Msg:
        return self.msgs[0]

    @property
    def last(self) -> Msg:
        return self.msgs[-1]

    @property
    def replies(self) -> int:
        return len(self.msgs) - 1


# --- BBCode as SMF's parse_bbc() prints it ----------------------------------------------------

_SMILEYS = {":)": ("smiley.gif", "Smiley"), ";D": ("grin.gif", "Grin"), ":D": ("cheesy.gif", "Cheesy")}


def smiley(code: str) -> str:
    file, title = _SMILEYS[code]
    return f'<img src="{{base}}/Smileys/default/{file}" alt="{esc(code)}" title="{title}" class="smiley">'


def _line(p: P, nfd: bool) -> str:
    value = unicodedata.normalize("NFD", p.text) if nfd else p.text
    t = esc(value).replace("&#x27;", "&#039;")
    style = p.style.split(":")[0]
    if style == "b":
        return f"<b>{t}</b>"
    if style == "bi":
        return f"<b><i>{t}</i></b>"
    if style == "red":
        return f'<span style="color: red;" class="bbc_color"><i>{t}</i></span>'
    if style == "h":
        return f'<b><span style="color: #1f4e79;" class="bbc_color">{t}</span></b>'
    if style == "sm":
        return f"{t} {smiley(p.style.split(':', 1)[1])}"
    return t


def _img(img: Img) -> str:
    tag = f'<img src="{{base}}{img.src}" alt="" class="bbc_img" loading="lazy">'
    if img.style == "c":
        out = f'<div class="centertext">{tag}</div>'
        if img.printed:
            out += f'<div class="centertext"><i>{esc(img.printed)}</i></div>'
        return out
    if img.style == "c_br":  # image and its line in one [center], a newline between
        line = f'<br><span style="font-size: 9pt;" class="bbc_size"><i>{esc(img.printed)}</i></span>' if img.printed else ""
        return f'<div class="centertext">{tag}{line}</div>'
    if img.style == "resized":
        tag = f'<img src="{{base}}{img.src}" alt="" width="600" height="400" class="bbc_img resized" loading="lazy">'
        return f'<div class="centertext">{tag}</div>' + (
            f'<div class="centertext"><span style="color: gray;" class="bbc_color">{esc(img.printed)}</span></div>'
            if img.printed else ""
        )
    raise ValueError(img.style)


def render_post(blocks: list, nfd: bool = False) -> str:
    """The story's blocks as parse_bbc() output: lines joined by <br>, no <p> anywhere."""
    out: list[str] = []
    prev = None  # "text", "block"
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "attach":
            i += 1
            continue
        if isinstance(b, P) and b.style in ("li", "tr", "th"):
            kind = "li" if b.style == "li" else "tr"
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                blocks[i].style == "li" if kind == "li" else blocks[i].style in ("tr", "th")
            ):
                group.append(blocks[i])
                i += 1
            if kind == "li":
                items = "".join(f"<li>{_line(P(g.text), nfd)}</li>" for g in group)
                chunk = f'<ul class="bbc_list" style="list-style-type: disc;">{items}</ul>'
            else:
                rows = []
                for g in group:
                    cells = g.text.split(" | ")
                    if g.style == "th":
                        rows.append("<tr>" + "".join(f"<td><b>{esc(c)}</b></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                chunk = f'<table class="bbc_table">{"".join(rows)}</table>'
            if prev == "text":
                out.append("<br>")
            out.append(chunk)
            prev = "block"
            continue
        if isinstance(b, P):
            if prev == "text":
                out.append("<br>" if b.style.startswith("nl") else "<br><br>")
            elif prev == "block":
                out.append("<br>")
            style = b.style[3:] if b.style.startswith("nl") else b.style
            out.append(_line(P(b.text, style.lstrip("+")), nfd))
            prev = "text"
        elif isinstance(b, Img):
            if prev == "text":
                out.append("<br>")
            out.append(_img(b))
            prev = "block"
        elif isinstance(b, Raw):
            if prev == "text" and not b.html.startswith("<br"):
                out.append("<br>")
            out.append(b.html)
            prev = "block" if b.html.rstrip().endswith("</div>") or b.html.rstrip().endswith("</table>") else "text"
        i += 1
    return "".join(out)


def right(inner: str) -> Raw:
    return Raw(f'<br><div style="text-align: right;">{inner}</div>')


def quote(author: str, msg: int, topic: int, when: str, inner: str) -> str:
    return (
        f'<blockquote class="bbc_standard_quote"><cite><a href="{{base}}/index.php?topic={topic}.msg{msg}#msg{msg}">'
        f"Quote from: {esc(author)} on {when}</a></cite>{inner}</blockquote>"
    )


# --- the thirteen news posts ------------------------------------------------------------------

A6 = Story(
    23, "phu-nu-20-10",
    "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)",
    "Tin tức - Sự kiện", "2026-10-19T09:30:00+07:00",
    [
        P(
            "Chiều ngày 18/10/2026, Công đoàn Trường THCS Nguyễn Trãi tổ chức buổi gặp mặt, chúc mừng các cô "
            "giáo, nữ nhân viên nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.", "b",
        ),
        P(
            "Tham dự buổi gặp mặt có thầy Nguyễn Văn Thành – Hiệu trưởng nhà trường, đại diện Ban Chấp hành "
            "Công đoàn cùng toàn thể 38 nữ cán bộ, giáo viên, nhân viên của trường."
        ),
        Img("/tp-images/2026/10/gap-mat-20-10-01.jpg", "Thầy Nguyễn Văn Thành phát biểu chúc mừng các cô giáo",
            "Thầy Nguyễn Văn Thành phát biểu chúc mừng các cô giáo", "c"),
        P(
            "Phát biểu tại buổi gặp mặt, thầy Hiệu trưởng ghi nhận những đóng góp của đội ngũ nữ nhà giáo trong "
            "công tác dạy học, chủ nhiệm và chăm lo cho học sinh; mong muốn các cô tiếp tục giữ gìn phẩm chất "
            "“Tự tin – Tự trọng – Trung hậu – Đảm đang”."
        ),
        P(
            "Buổi gặp mặt diễn ra trong không khí ấm cúng với nhiều tiết mục văn nghệ do các thầy giáo trong "
            "trường dàn dựng, cùng các trò chơi dân gian và phần tặng hoa, quà cho các chị em."
        ),
        Img("/tp-images/2026/10/gap-mat-20-10-02.jpg", "Ảnh: Võ Thành Trung", None, "c"),
        right('<i>Nguồn: Công đoàn cơ sở Trường THCS Nguyễn Trãi</i>'),
    ],
    photographers=["Võ Thành Trung"],
    source="Công đoàn cơ sở Trường THCS Nguyễn Trãi",
    summary=(
        "Chiều ngày 18/10/2026, Công đoàn Trường THCS Nguyễn Trãi tổ chức buổi gặp mặt, chúc mừng các cô "
        "giáo, nữ nhân viên nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam."
    ),
)

A5 = Story(
    24, "phong-chong-duoi-nuoc",
    "Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
    "Tin tức - Sự kiện", "2026-10-21T15:15:09+07:00",
    [
        P(
            "Nhằm nâng cao nhận thức và kỹ năng tự bảo vệ bản thân cho học sinh trong mùa mưa bão, sáng thứ Hai "
            "ngày 19/10/2026, Liên đội Trường THCS Nguyễn Trãi phối hợp với Trạm Y tế phường Tam Kỳ tổ chức buổi "
            "tuyên truyền phòng, chống đuối nước và tai nạn thương tích dưới cờ."
        ),
        P(
            "Tại buổi tuyên truyền, y sĩ Trần Thị Thu Hiền đã chia sẻ với các em những nguyên nhân thường gặp dẫn "
            "đến đuối nước như tắm sông, hồ không có người lớn đi kèm, chơi gần ao, hồ, kênh mương trong mùa lũ."
        ),
        P("Một số kỹ năng các em cần ghi nhớ:", "h"),
        P("Không tự ý đi bơi, tắm ở sông, suối, ao, hồ khi không có người lớn đi cùng.", "li"),
        P("Khi thấy người bị đuối nước, hô hoán gọi người lớn, không tự nhảy xuống cứu khi chưa biết bơi.", "li"),
        P("Mặc áo phao khi đi đò, ghe qua sông.", "li"),
        Img("/tp-images/2026/10/duoi-nuoc-so-cuu.jpg", "Học sinh thực hành sơ cứu người bị đuối nước",
            "Học sinh thực hành sơ cứu người bị đuối nước", "c_br"),
        P(
            "Buổi tuyên truyền đã giúp các em có thêm kiến thức bổ ích, góp phần xây dựng trường học an toàn, "
            "phòng chống tai nạn thương tích."
        ),
        right("<b>" + unicodedata.normalize("NFD", "Phạm Thị Ngọc Ánh - TPT Đội") + "</b>"),
    ],
    authors=["Phạm Thị Ngọc Ánh"],
    opts={"nfd": True},
)

A9 = Story(
    26, "nghi-hoc-bao-so-12",
    "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 12",
    "Thông báo", "2026-10-28T17:42:37+07:00",
    [
        P(
            "[CẬP NHẬT lúc 6h00 ngày 29/10/2026] Do ảnh hưởng của hoàn lưu sau bão, học sinh tiếp tục nghỉ học "
            "ngày 30/10/2026. Nhà trường sẽ thông báo lịch học lại qua nhóm Zalo của các lớp.", "red",
        ),
        P(
            "Thực hiện Công văn số 1874/SGDĐT-VP ngày 28/10/2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng về "
            "việc chủ động ứng phó với bão số 12, Trường THCS Nguyễn Trãi thông báo:"
        ),
        P("1. Toàn thể học sinh nghỉ học ngày 29/10/2026 (thứ Năm)."),
        P(
            "2. Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh, nhắc nhở các em không ra ngoài khi mưa to, gió "
            "lớn, tuyệt đối không đến gần sông suối, khu vực ngập lụt.", "nl",
        ),
        P(
            "3. Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Giám hiệu; chủ động chằng chống phòng "
            "học, di chuyển thiết bị, hồ sơ lên nơi cao ráo.", "nl",
        ),
        P(
            "Mọi thông tin cần thiết, cha mẹ học sinh vui lòng liên hệ văn phòng nhà trường qua số điện thoại "
            "0235 3851 247 hoặc thầy Lê Văn Tín – Phó Hiệu trưởng (0905 318 462)."
        ),
        right("<b>Ban Giám hiệu</b>"),
    ],
    authors=["Ban Giám hiệu"],
)

A4 = Story(
    28, "ngoai-khoa-atgt",
    "Ngoại khóa “An toàn giao thông cho nụ cười ngày mai” năm học 2026 - 2027",
    "Tin tức - Sự kiện", "2026-11-06T00:40:12+07:00",
    [
        P(
            "Chiều 05/11/2026, Trường THCS Nguyễn Trãi phối hợp với Đội Cảnh sát giao thông Công an thành phố tổ "
            "chức buổi ngoại khóa “An toàn giao thông cho nụ cười ngày mai” cho gần 900 học sinh toàn trường.", "b",
        ),
        P(
            "Tại buổi ngoại khóa, Thượng úy Huỳnh Văn Lợi đã phổ biến những quy định mới của Luật Trật tự, an toàn "
            "giao thông đường bộ, đặc biệt là quy định về độ tuổi được điều khiển xe gắn máy, đội mũ bảo hiểm đạt "
            "chuẩn khi ngồi trên xe mô tô, xe gắn máy và xe đạp điện."
        ),
        Img("/tp-images/2026/11/atgt-01.jpg",
            "(Thượng úy Huỳnh Văn Lợi tuyên truyền Luật Trật tự, an toàn giao thông đường bộ)",
            "Thượng úy Huỳnh Văn Lợi tuyên truyền Luật Trật tự, an toàn giao thông đường bộ", "c_br"),
        P(
            "Phần thi tìm hiểu kiến thức với 20 câu hỏi trắc nghiệm và các tình huống giao thông thực tế đã thu hút "
            "đông đảo học sinh tham gia. Ban tổ chức đã trao 12 phần quà cho các em trả lời đúng và nhanh nhất."
        ),
        Img("/tp-images/2026/11/atgt-02.jpg", "(Học sinh tham gia trả lời câu hỏi tình huống)",
            "Học sinh tham gia trả lời câu hỏi tình huống", "c_br"),
        P(
            "Kết thúc buổi ngoại khóa, 100% học sinh đã ký cam kết chấp hành nghiêm quy định về an toàn giao "
            "thông, không đi xe máy khi chưa đủ tuổi, không đi hàng ba, hàng tư trên đường."
        ),
        right("<i>Tin: Nguyễn Thị Thanh Tâm - Ảnh: Đỗ Minh Khoa</i>"),
    ],
    authors=["Nguyễn Thị Thanh Tâm"],
    photographers=["Đỗ Minh Khoa"],
    summary=(
        "Chiều 05/11/2026, Trường THCS Nguyễn Trãi phối hợp với Đội Cảnh sát giao thông Công an thành phố tổ "
        "chức buổi ngoại khóa “An toàn giao thông cho nụ cười ngày mai” cho gần 900 học sinh toàn trường."
    ),
)

A12 = Story(
    29, "ke-hoach-nho",
    "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa",
    "Liên đội - Chi đoàn", "2026-11-09T19:18:44+07:00",
    [
        P(
            "Sáng thứ Hai (09/11/2026), trong buổi chào cờ đầu tuần, Liên đội Trường THCS Nguyễn Trãi đã phát động "
            "phong trào “Kế hoạch nhỏ” với chủ đề “Chung tay vì bạn nghèo – Xanh hóa trường em” 💚"
        ),
        P(
            "Theo đó, mỗi chi đội thu gom ít nhất 30 kg giấy vụn và 5 kg chai nhựa, vỏ lon trong thời gian từ ngày "
            "09/11 đến ngày 30/11/2026. Toàn bộ số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng các bạn học "
            "sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi 2027."
        ),
        Img("/tp-images/2026/11/ke-hoach-nho.jpg", None, None, "c"),
        P(
            "Ngay sau lễ phát động, nhiều chi đội như 6/3, 7/1, 9/2 đã mang giấy vụn đến nộp tại kho của Liên đội. "
            "Chi đội 8/4 còn sáng tạo góc “Đổi chai nhựa lấy cây xanh” thu hút đông đảo các bạn hưởng ứng."
        ),
        P("Mỗi ký giấy vụn góp thêm một phần quà cho bạn nghèo ♻️", "b"),
        right("<b>Tin, ảnh: Ngô Thị Diệu Linh - TPT Đội</b>"),
    ],
    authors=["Ngô Thị Diệu Linh"],
    photographers=["Ngô Thị Diệu Linh"],
)

_HEADLINE_A11 = (
    '<div class="centertext"><b><span style="font-size: 14pt;" class="bbc_size"><span style="color: navy;" '
    'class="bbc_color">HỘI THẢO “ỨNG DỤNG TRÍ TUỆ NHÂN TẠO (AI) TRONG SOẠN GIẢNG VÀ KIỂM TRA, ĐÁNH GIÁ”'
    "</span></span></b></div>"
)

A11 = Story(
    30, "hoi-thao-ai",
    "Hội thảo “Ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng và kiểm tra, đánh giá”",
    "Hoạt động chuyên môn", "2026-11-11T16:27:51+07:00",
    [
        Raw(_HEADLINE_A11),
        P(
            "Nhằm giúp giáo viên tiếp cận và khai thác hiệu quả các công cụ trí tuệ nhân tạo trong dạy học, chiều "
            "ngày 10/11/2026, Tổ Toán - Tin Trường THCS Nguyễn Trãi tổ chức hội thảo chuyên đề với sự tham gia của "
            "52 cán bộ, giáo viên toàn trường.", "bi",
        ),
        P(
            "Tại hội thảo, các báo cáo viên đã giới thiệu cách sử dụng ChatGPT, Gemini, Canva AI để gợi ý kịch bản "
            "bài dạy, thiết kế phiếu học tập, tạo ngân hàng câu hỏi trắc nghiệm theo ma trận và bản đặc tả đề kiểm "
            "tra."
        ),
        P(
            "Thầy Phạm Quốc Huy lưu ý: “AI chỉ là công cụ hỗ trợ, giáo viên phải kiểm chứng nội dung, bảo đảm tính "
            "chính xác và phù hợp với đối tượng học sinh; tuyệt đối không để học sinh lệ thuộc vào AI khi làm bài”."
        ),
        Img("/tp-images/2026/11/hoi-thao-ai.jpg", "Các thầy cô thực hành tạo câu hỏi trắc nghiệm bằng công cụ AI",
            "Các thầy cô thực hành tạo câu hỏi trắc nghiệm bằng công cụ AI", "resized"),
        P("Một số nội dung thảo luận chính", "h"),
        P("- Xây dựng quy định sử dụng AI trong nhà trường, bảo đảm liêm chính học thuật."),
        P("- Chia sẻ kho lời nhắc (prompt) mẫu cho từng môn học.", "nl"),
        P("- Tổ chức bồi dưỡng kỹ năng số cho giáo viên lớn tuổi.", "nl"),
        P(
            "Kết thúc hội thảo, Ban Giám hiệu giao các tổ chuyên môn xây dựng ít nhất 02 tiết dạy minh họa có ứng "
            "dụng AI trong học kỳ I."
        ),
        right("<b>ThS. Phạm Quốc Huy</b><br><i>Tổ trưởng tổ Toán - Tin</i>"),
    ],
    authors=["Phạm Quốc Huy"],
    summary=(
        "Nhằm giúp giáo viên tiếp cận và khai thác hiệu quả các công cụ trí tuệ nhân tạo trong dạy học, chiều "
        "ngày 10/11/2026, Tổ Toán - Tin Trường THCS Nguyễn Trãi tổ chức hội thảo chuyên đề với sự tham gia của "
        "52 cán bộ, giáo viên toàn trường."
    ),
)

A8 = Story(
    31, "hoi-nghi-cmhs",
    "Thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    "Thông báo", "2026-11-14T20:03:10+07:00",
    [
        P(
            "Nhà trường trân trọng kính mời quý cha mẹ học sinh tham dự Hội nghị cha mẹ học sinh giữa học kỳ I năm "
            "học 2026 - 2027 theo lịch cụ thể như sau:"
        ),
        P("Khối | Thời gian | Địa điểm", "th"),
        P("Khối 6, 7 | 7h30 sáng Chủ nhật, 22/11/2026 | Phòng học các lớp (dãy A)", "tr"),
        P("Khối 8, 9 | 14h00 chiều Chủ nhật, 22/11/2026 | Phòng học các lớp (dãy B)", "tr"),
        P("Nội dung hội nghị:", "h"),
        P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh.", "li"),
        P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I.", "li"),
        P(
            "Trao đổi về công tác phối hợp giữa gia đình và nhà trường trong giáo dục đạo đức, kỹ năng sống cho học "
            "sinh.", "li",
        ),
        P(
            "Rất mong quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp không thể tham dự, "
            "đề nghị liên hệ trực tiếp giáo viên chủ nhiệm."
        ),
        Raw(
            '<br><br><b>Xem thêm:</b> <a href="https://enetviet.com/huong-dan-phu-huynh" class="bbc_link" '
            'target="_blank" rel="noopener">Hướng dẫn cha mẹ học sinh xem điểm trên ứng dụng eNetViet</a>'
        ),
    ],
)

A1 = Story(
    34, "le-20-11",
    "Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "Tin tức - Sự kiện", "2026-11-20T10:48:22+07:00",
    [
        P(
            "Sáng ngày 20/11/2026, trong không khí phấn khởi của những ngày tháng Mười một tri ân, Trường THCS "
            "Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026).", "b",
        ),
        P(
            "Đến dự buổi lễ có đồng chí Trần Minh Quang – Phó Chủ tịch UBND phường Tam Kỳ; đại diện Ban đại diện cha "
            "mẹ học sinh; các thầy cô giáo nguyên là cán bộ, giáo viên của trường qua các thời kỳ cùng toàn thể giáo "
            "viên và học sinh nhà trường."
        ),
        Img("/tp-images/2026/11/le-20-11-van-nghe.jpg", "Tiết mục văn nghệ chào mừng của học sinh lớp 9/1",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 9/1", "c"),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thành – Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang của "
            "Ngày Nhà giáo Việt Nam, điểm lại những kết quả nổi bật của nhà trường trong năm học 2025 - 2026: tỷ lệ "
            "học sinh lên lớp đạt 99,6%; 100% học sinh lớp 9 tốt nghiệp THCS; 27 giải học sinh giỏi cấp thành phố."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 15 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường và 6 "
            "tập thể lớp có thành tích xuất sắc trong đợt thi đua chào mừng ngày 20/11."
        ),
        Img("/tp-images/2026/11/le-20-11-khen-thuong.jpg", "Đồng chí Trần Minh Quang trao giấy khen cho các giáo viên",
            "Đồng chí Trần Minh Quang trao giấy khen cho các giáo viên", "c"),
        Img("/tp-images/2026/11/le-20-11-tri-an.jpg", "Ảnh: Lê Thị Hồng Nhung", None, "c"),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, xúc động với những bó hoa tươi thắm và lời tri ân chân thành "
            "của các thế hệ học trò dành cho thầy cô."
        ),
        right("<b>Tin, ảnh: Lê Thị Hồng Nhung</b>"),
    ],
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Lê Thị Hồng Nhung"],
    summary=(
        "Sáng ngày 20/11/2026, trong không khí phấn khởi của những ngày tháng Mười một tri ân, Trường THCS "
        "Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
    ),
)

A10 = Story(
    36, "chuyen-de-ngu-van",
    "Chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực đọc hiểu”",
    "Hoạt động chuyên môn", "2026-11-24T09:12:05+07:00",
    [
        P(
            "Ngày 23/11/2026, Tổ Ngữ văn Trường THCS Nguyễn Trãi tổ chức sinh hoạt chuyên đề cấp trường với chủ đề "
            "“Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực đọc hiểu cho học sinh lớp 8”.",
            "b",
        ),
        P(
            "Chuyên đề được triển khai qua tiết dạy minh họa bài “Thu điếu” (Nguyễn Khuyến) do cô Đặng Thị Thu Hà "
            "thực hiện tại lớp 8/3. Tiết dạy vận dụng kĩ thuật “đọc sâu”, phiếu học tập theo nhóm và sơ đồ tư duy "
            "giúp học sinh chủ động khám phá văn bản.[1]"
        ),
        Img("/tp-images/2026/11/chuyen-de-ngu-van.jpg", "Cô Đặng Thị Thu Hà dạy minh họa tại lớp 8/3",
            "Cô Đặng Thị Thu Hà dạy minh họa tại lớp 8/3", "c"),
        P(
            "Trong phần thảo luận, các thầy cô thống nhất: dạy đọc hiểu cần bám sát yêu cầu cần đạt của Chương trình "
            "giáo dục phổ thông 2018, chú trọng hướng dẫn học sinh cách đọc theo đặc trưng thể loại thay vì truyền "
            "thụ nội dung có sẵn.[2]"
        ),
        P(
            "Chuyên đề đã để lại nhiều kinh nghiệm quý cho giáo viên trong việc thiết kế hoạt động học, góp phần "
            "nâng cao chất lượng dạy học môn Ngữ văn của nhà trường."
        ),
        P("Tài liệu tham khảo:", "b"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo "
            "Thông tư số 32/2018/TT-BGDĐT.", "nl",
        ),
        P(
            "[2] Nguyễn Thị Hồng Vân (2020), Phát triển năng lực đọc hiểu cho học sinh trung học cơ sở, NXB Đại học "
            "Sư phạm.", "nl",
        ),
        right("<b>Tổ Ngữ văn</b>"),
    ],
    authors=["Tổ Ngữ văn"],
    summary=(
        "Ngày 23/11/2026, Tổ Ngữ văn Trường THCS Nguyễn Trãi tổ chức sinh hoạt chuyên đề cấp trường với chủ đề "
        "“Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực đọc hiểu cho học sinh lớp 8”."
    ),
)

A2 = Story(
    38, "gv-day-gioi",
    "Kết quả Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    "Tin tức - Sự kiện", "2026-11-27T14:05:41+07:00",
    [
        P(
            "Từ ngày 02/11 đến ngày 25/11/2026, Trường THCS Nguyễn Trãi tổ chức Hội thi Giáo viên dạy giỏi cấp "
            "trường với sự tham gia của 24 giáo viên thuộc 5 tổ chuyên môn."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy (một tiết tự chọn, một tiết bốc thăm) và trình bày biện "
            "pháp nâng cao chất lượng giảng dạy. Ban giám khảo gồm các đồng chí trong Ban Giám hiệu và tổ trưởng "
            "chuyên môn."
        ),
        P("Kết quả các giải:", "h"),
        P("STT | Họ và tên giáo viên | Môn | Kết quả", "th"),
        P("1 | Đặng Thị Thu Hà | Ngữ văn | Giỏi - Giải Nhất", "tr"),
        P("2 | Phan Văn Hưng | Toán | Giỏi - Giải Nhì", "tr"),
        P("3 | Lương Thị Mỹ Dung | Tiếng Anh | Giỏi - Giải Nhì", "tr"),
        P("4 | Trương Công Định | Khoa học tự nhiên | Giỏi - Giải Ba", "tr"),
        P(
            "Ngoài ra, có 11 giáo viên được công nhận đạt danh hiệu giáo viên dạy giỏi cấp trường. Nhà trường sẽ "
            "chọn 04 giáo viên tham gia Hội thi giáo viên dạy giỏi cấp thành phố vào tháng 3/2027."
        ),
        Img("/tp-images/2026/11/gvdg-trao-giai.jpg", "Ban Giám hiệu chúc mừng các giáo viên đạt giải",
            "Ban Giám hiệu chúc mừng các giáo viên đạt giải", "c"),
        P("Xin chúc mừng các thầy cô đạt giải!", "sm:;D"),
    ],
)

_LETTERHEAD_A7 = (
    '<table class="bbc_table"><tr><td><div class="centertext">UBND PHƯỜNG TAM KỲ<br><b>TRƯỜNG THCS NGUYỄN TRÃI'
    '</b></div></td><td><div class="centertext"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự '
    'do - Hạnh phúc</u></b></div></td></tr><tr><td><div class="centertext">Số: 214/TB-THCSNT</div></td><td>'
    '<div class="centertext"><i>Tam Kỳ, ngày 30 tháng 11 năm 2026</i></div></td></tr></table><br>'
    '<div class="centertext"><b><span style="font-size: 13pt;" class="bbc_size">THÔNG BÁO</span></b><br><b>Về việc '
    "tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</b></div>"
)
_CLOSING_A7 = (
    '<br><table class="bbc_table"><tr><td><b><i>Nơi nhận:</i></b><br>- Phòng Văn hóa - Xã hội phường (b/c);<br>'
    "- CB, GV, NV, HS;<br>- Đăng website trường;<br>- Lưu: VT.</td><td><div class=\"centertext\"><b>HIỆU TRƯỞNG</b>"
    "<br><br><i>(Đã ký)</i><br><br><b>Nguyễn Văn Thành</b></div></td></tr></table>"
)

A7 = Story(
    41, "tb-kiem-tra-hk1",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    "Thông báo", "2026-11-30",
    [
        Raw(_LETTERHEAD_A7),
        P(
            "Căn cứ Kế hoạch số 198/KH-THCSNT ngày 26/11/2026 của Trường THCS Nguyễn Trãi về việc tổ chức kiểm tra "
            "cuối học kỳ I năm học 2026 - 2027;"
        ),
        P("Hiệu trưởng nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:", "nl"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("18/12/2026 | Sáng | Khoa học tự nhiên | 60 phút", "tr"),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và dụng cụ học tập "
            "cần thiết; không mang điện thoại di động và tài liệu vào phòng kiểm tra."
        ),
        P(
            "Các môn đánh giá bằng nhận xét và các môn còn lại kiểm tra theo thời khóa biểu, do giáo viên bộ môn tổ "
            "chức trong tuần từ ngày 07/12 đến ngày 12/12/2026."
        ),
        Raw(_CLOSING_A7),
    ],
    authors=["Nguyễn Văn Thành"],
)

A3 = Story(
    43, "hkpd-thanh-pho",
    "Học sinh Trường THCS Nguyễn Trãi đạt 9 huy chương tại Hội khỏe Phù Đổng cấp thành phố",
    "Tin tức - Sự kiện", "2026-12-04T16:05:33+07:00",
    [
        P(
            "Chiều nay (04/12/2026), Hội khỏe Phù Đổng thành phố Đà Nẵng lần thứ XI đã bế mạc tại Cung Thể thao Tiên "
            "Sơn. Đoàn vận động viên Trường THCS Nguyễn Trãi gồm 18 học sinh đã xuất sắc giành được 9 huy chương các "
            "loại."
        ),
        P(
            "Cụ thể: 2 Huy chương Vàng (môn Điền kinh và Cờ vua), 3 Huy chương Bạc (môn Bơi lội, Bóng bàn) và 4 Huy "
            "chương Đồng (môn Điền kinh, Võ cổ truyền)."
        ),
        P(
            "Đặc biệt, em Hồ Ngọc Bảo Trâm (lớp 9/2) xuất sắc giành Huy chương Vàng nội dung chạy 800 m nữ với thành "
            "tích 2 phút 31 giây."
        ),
        P(
            "Nhà trường chúc mừng thành tích của các em và cảm ơn quý thầy cô, cha mẹ học sinh đã đồng hành cùng đội "
            "tuyển trong suốt thời gian tập luyện."
        ),
        right("<b>BBT</b>"),
        Img("/index.php?action=dlattach;topic=43.0;attach=613;image", "IMG_20261204_153012.jpg", None, "attach"),
        Img("/index.php?action=dlattach;topic=43.0;attach=615;image", "IMG_20261204_154547.jpg", None, "attach"),
        Img("/index.php?action=dlattach;topic=43.0;attach=617;image", "IMG_20261204_160218.jpg", None, "attach"),
    ],
    opts={"attach": [(612, 613, "IMG_20261204_153012.jpg", "195.24 kB", "1280x960", 64),
                     (614, 615, "IMG_20261204_154547.jpg", "211.8 kB", "1280x960", 58),
                     (616, 617, "IMG_20261204_160218.jpg", "187.03 kB", "960x1280", 51)]},
)

A13 = Story(
    45, "rung-chuong-vang",
    "Đội tuyển Rung chuông vàng khối 9 giành giải Nhì cấp phường",
    "Liên đội - Chi đoàn", "2026-12-05T07:55:02+07:00",
    [
        P(
            "Ngày 04/12/2026, tại Hội trường UBND phường Tam Kỳ, đội tuyển Rung chuông vàng khối 9 của Liên đội "
            "Trường THCS Nguyễn Trãi đã xuất sắc giành giải Nhì cuộc thi “Rung chuông vàng – Tìm hiểu lịch sử quê "
            "hương” năm 2026.", "b",
        ),
        P(
            "Cuộc thi do Đoàn phường phối hợp với các trường THCS trên địa bàn tổ chức, thu hút 100 học sinh đến "
            "từ 4 trường tham gia. Các câu hỏi xoay quanh lịch sử, văn hóa, danh nhân của vùng đất Quảng Nam xưa "
            "và thành phố Đà Nẵng ngày nay."
        ),
        Img("/tp-images/2026/12/rung-chuong-vang.jpg", "Em Trần Gia Bảo (lớp 9/4) trụ lại đến câu hỏi thứ 19",
            "Em Trần Gia Bảo (lớp 9/4) trụ lại đến câu hỏi thứ 19", "c_br"),
        P(
            "Sau 20 câu hỏi hấp dẫn, em Trần Gia Bảo (lớp 9/4) là thí sinh trụ lại cuối cùng của đội, trả lời đúng "
            "đến câu hỏi thứ 19 và mang về giải Nhì cho Liên đội."
        ),
        P(
            "Liên đội xin chúc mừng các em và cảm ơn các thầy cô tổ Lịch sử - Địa lí đã tận tình ôn luyện cho đội "
            "tuyển."
        ),
        right("<i>Tin: Ngô Thị Diệu Linh; ảnh: Trần Gia Huy (lớp 9/4)</i>"),
    ],
    authors=["Ngô Thị Diệu Linh"],
    photographers=["Trần Gia Huy"],
    summary=(
        "Ngày 04/12/2026, tại Hội trường UBND phường Tam Kỳ, đội tuyển Rung chuông vàng khối 9 của Liên đội "
        "Trường THCS Nguyễn Trãi đã xuất sắc giành giải Nhì cuộc thi “Rung chuông vàng – Tìm hiểu lịch sử quê "
        "hương” năm 2026."
    ),
)

STORIES = [A6, A5, A9, A4, A12, A11, A8, A1, A10, A2, A7, A3, A13]


# --- the topics: the news post first, replies under it ------------------------------------------

B = "{base}"  # the forum's address, filled in per request (SMF prints absolute URLs)


def _story_msg(story: Story, msg: int, poster: str, when: str, **kw) -> Msg:
    body = render_post(story.blocks, nfd=bool(story.opts.get("nfd")))
    subject = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return Msg(msg, poster, at(when), body, subject, attachments=story.opts.get("attach", []), **kw)


def _r(msg: int, poster: str, when: str, body: str) -> Msg:
    return Msg(msg, poster, at(when), body)


_A1_QUOTE = quote(
    "BBT Nguyễn Trãi", 136, 34, "November 20, 2026, 10:48:22 AM",
    "Sáng ngày 20/11/2026, trong không khí phấn khởi của những ngày tháng Mười một tri ân, Trường THCS Nguyễn "
    "Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026).",
)
_A7_QUOTE = quote(
    "hs lớp 9/3", 156, 41, "December 02, 2026, 07:30:55 PM",
    "Thầy ơi môn Tin học và Công nghệ kiểm tra ngày nào ạ?",
)

_HKPD_REPLIES = [
    ("hau", "2026-12-04 16:21:40", "Chúc mừng các em! Thầy tự hào về các em lắm " + smiley(":)")),
    ("guest:Phụ huynh em Bảo Trâm", "2026-12-04 16:48:02",
     "Cảm ơn các thầy cô đã vất vả cùng các cháu trong suốt đợt tập luyện."),
    ("chau", "2026-12-04 17:03:19", "Trường mình đỉnh quá ạ!!! 🎉🎉"),
    ("phuong", "2026-12-04 17:30:45", "Congratulations! Chúc mừng đội tuyển nhà mình."),
    ("khang", "2026-12-04 18:02:11", "Bạn Trâm chạy nhanh thật sự luôn " + smiley(":D")),
    ("thuha", "2026-12-04 18:40:27", "Chúc mừng các em, chúc mừng thầy Định và cô Ánh!"),
    ("guest:Cựu học sinh khóa 2015-2019", "2026-12-04 19:15:50",
     "Tự hào là cựu học sinh Nguyễn Trãi. Chúc các em tiếp tục gặt hái nhiều thành công."),
    ("tin", "2026-12-04 20:05:03", "Cảm ơn các em đã mang vinh quang về cho trường. Thứ Hai tuần sau nhà trường "
     "sẽ tuyên dương các em dưới cờ."),
    ("guest:Phụ huynh lớp 6/4", "2026-12-04 20:33:36", "Chúc mừng nhà trường!"),
    ("hau", "2026-12-04 21:10:12", "BBT đăng thêm ảnh trao huy chương lên nhé."),
    ("chau", "2026-12-04 21:48:58", "Dạ có ảnh trong nhóm lớp 9/2 ạ, để em gửi BBT."),
    ("guest:Nguyễn Văn Lâm", "2026-12-05 06:12:30", "Xin chúc mừng!"),
    ("phuong", "2026-12-05 06:55:41", "Hôm nay học sinh cả trường vui lắm ạ."),
    ("khang", "2026-12-05 07:32:08", "Năm sau em cũng đăng ký thi bơi!"),
    ("guest:Phụ huynh em Gia Bảo", "2026-12-05 08:51:07", "Chúc mừng đoàn vận động viên của trường."),
    ("tin", "2026-12-05 09:12:40", "Nhà trường sẽ tổ chức tuyên dương, khen thưởng vào sáng thứ Hai 07/12/2026."),
]
_HKPD_IDS = [*range(159, 173), 176, 177]

TOPICS: dict[int, Topic] = {}


def _add(topic: Topic) -> None:
    TOPICS[topic.id] = topic


_add(Topic(5, 2, "Nội quy Diễn đàn – vui lòng đọc kỹ trước khi đăng bài", [Msg(
    12, "admin", at("2019-09-03 08:00:00"),
    "<b>Để diễn đàn hoạt động lành mạnh, hiệu quả, các thành viên vui lòng thực hiện:</b><br>"
    '<ul class="bbc_list" style="list-style-type: decimal;"><li>Sử dụng tiếng Việt có dấu, không viết tắt, '
    "không dùng ngôn ngữ thiếu văn hóa.</li><li>Không đăng nội dung quảng cáo, không đăng lại bài viết khi chưa "
    "ghi rõ nguồn.</li><li>Học sinh đăng ký thành viên bằng họ tên thật, ghi rõ lớp.</li><li>Bài viết sai chuyên "
    "mục sẽ được BQT di chuyển hoặc xóa mà không cần báo trước.</li></ul><br>Trân trọng cảm ơn!",
    "Nội quy Diễn đàn – vui lòng đọc kỹ trước khi đăng bài", "exclamation",
)], 4812, sticky=True, locked=True))

_add(Topic(23, 1, A6.title, [
    _story_msg(A6, 101, "bbt", "2026-10-19 09:30:00"),
    _r(102, "hau", "2026-10-19 11:02:45", "Chúc các cô luôn vui vẻ, hạnh phúc và thành công! " + smiley(":)")),
], 264, story=A6, related=(24, 28)))

_add(Topic(24, 1, unicodedata.normalize("NFD", A5.title), [
    _story_msg(A5, 104, "admin", "2026-10-21 15:15:09"),
], 311, story=A5, related=(23, 28)))

_ALBUM = "".join(
    f'<div class="centertext"><img src="{B}/tp-images/2026/10/ngay-hoi-doc-sach-{i:02d}.jpg" alt="" class="bbc_img" '
    f'loading="lazy"></div>' for i in range(1, 9)
)
_add(Topic(25, 6, "[Album] Ngày hội đọc sách “Mỗi ngày một trang sách” tháng 10/2026", [Msg(
    106, "bbt", at("2026-10-24 10:05:00"),
    "Một số hình ảnh trong Ngày hội đọc sách của học sinh toàn trường:<br>" + _ALBUM,
    "[Album] Ngày hội đọc sách “Mỗi ngày một trang sách” tháng 10/2026",
)], 402))

_add(Topic(26, 2, A9.title, [
    _story_msg(A9, 110, "admin", "2026-10-28 17:42:37", edited=(at("2026-10-29 06:10:02"), "Quản trị viên"),
               icon="exclamation"),
    _r(111, "guest:Phụ huynh lớp 7/3", "2026-10-28 19:05:12", "Cho em hỏi học sinh có phải học bù vào thứ Bảy không ạ?"),
    _r(112, "tin", "2026-10-28 20:14:50", "Chào phụ huynh, lịch học bù nhà trường sẽ thông báo sau khi học sinh đi "
       "học trở lại. Trân trọng!"),
], 598, story=A9, related=(31, 41)))

_add(Topic(28, 1, A4.title, [
    _story_msg(A4, 117, "bbt", "2026-11-06 00:40:12"),
    _r(118, "chau", "2026-11-07 06:30:11", "Buổi ngoại khóa rất bổ ích ạ, lớp em được 2 phần quà " + smiley(":D")),
], 688, story=A4, related=(34, 38)))

_add(Topic(29, 4, A12.title, [
    _story_msg(A12, 120, "tpt", "2026-11-09 19:18:44"),
    _r(122, "khang", "2026-11-10 17:45:00", "Chi đội 8/1 đã nộp 42 kg giấy rồi nha các bạn!!!"),
], 288, story=A12, related=(45, 32)))

_add(Topic(30, 3, A11.title, [
    _story_msg(A11, 123, "bbt", "2026-11-11 16:27:51"),
    _r(125, "phuong", "2026-11-12 08:15:30", "Cảm ơn thầy Huy, file slide hội thảo thầy gửi lên nhóm Zalo tổ giúp "
       "em với ạ."),
], 377, story=A11, related=(36,)))

_add(Topic(31, 2, A8.title, [
    _story_msg(A8, 127, "admin", "2026-11-14 20:03:10"),
    _r(128, "guest:Phụ huynh em Minh Anh 6/2", "2026-11-15 07:12:09", "Dạ cho hỏi phụ huynh có 2 con học khối 6 "
       "và khối 8 thì dự buổi nào ạ?"),
    _r(129, "admin", "2026-11-15 09:40:27", "Phụ huynh vui lòng dự họp buổi sáng tại lớp khối 6 và liên hệ giáo "
       "viên chủ nhiệm lớp khối 8 để nhận thông tin riêng ạ."),
], 410, story=A8, related=(41,)))

_add(Topic(32, 4, "Thăm dò: Em muốn Liên đội tổ chức hoạt động trải nghiệm nào trong học kỳ II?", [Msg(
    130, "tpt", at("2026-11-16 14:00:00"),
    "Các em bình chọn hoạt động mình yêu thích nhất nhé. Kết quả bình chọn là căn cứ để Liên đội xây dựng kế "
    "hoạch hoạt động học kỳ II.",
    "Thăm dò: Em muốn Liên đội tổ chức hoạt động trải nghiệm nào trong học kỳ II?", "poll",
)], 356, poll={
    "question": "Em muốn Liên đội tổ chức hoạt động trải nghiệm nào trong học kỳ II?",
    "options": [("Cắm trại truyền thống 26/3", 118), ("Tham quan Bảo tàng Điêu khắc Chăm", 74),
                ("Ngày hội STEM", 52), ("Giải bóng đá mini", 96)],
}))

_add(Topic(34, 1, A1.title, [
    _story_msg(A1, 136, "bbt", "2026-11-20 10:48:22"),
    _r(137, "hau", "2026-11-20 12:05:33",
       f'<div class="centertext"><img src="{B}/tp-images/2026/11/tap-the-giao-vien.jpg" alt="" class="bbc_img" '
       'loading="lazy"></div><br>Ảnh tập thể giáo viên chụp sau buổi lễ, gửi BBT làm kỷ niệm.'),
    _r(138, "chau", "2026-11-20 18:22:10", _A1_QUOTE + "Chúc thầy cô luôn mạnh khỏe và hạnh phúc ạ!"),
    _r(140, "thuha", "2026-11-22 21:03:48", "Cảm ơn BBT đã đưa tin kịp thời."),
], 1482, story=A1, related=(38, 35)))

_add(Topic(35, 6, "[Video] Tiết mục múa “Nhớ ơn thầy cô” chào mừng 20/11", [Msg(
    139, "bbt", at("2026-11-21 20:11:43"),
    '<div class="videocontainer"><div><iframe frameborder="0" src="https://www.youtube.com/embed/Qm7x2Lr9TzE?'
    'origin=&amp;wmode=opaque" data-youtube-id="Qm7x2Lr9TzE" allowfullscreen loading="lazy"></iframe></div></div>'
    "<br>Tiết mục múa của học sinh lớp 7/2 tại Lễ kỷ niệm 20/11/2026.",
    "[Video] Tiết mục múa “Nhớ ơn thầy cô” chào mừng 20/11",
)], 233))

_add(Topic(36, 3, A10.title, [
    _story_msg(A10, 142, "bbt", "2026-11-24 09:12:05"),
    _r(143, "tin", "2026-11-24 15:30:00", "Đề nghị các tổ chuyên môn khác tham khảo và nhân rộng cách làm của tổ "
       "Ngữ văn."),
], 402, story=A10, related=(30,)))

_add(Topic(37, 2, "MOVED: " + A10.title, [Msg(
    145, "bbt", at("2026-11-25 08:02:11"),
    f'This topic has been moved to <a href="{B}/index.php?board=3.0" class="bbc_link">Hoạt động chuyên môn</a>.'
    f'<br><br><a href="{B}/index.php?topic=36.0" class="bbc_link">{B}/index.php?topic=36.0</a>',
    "MOVED: " + A10.title, "moved",
)], 41, locked=True, moved_to=36))

_add(Topic(38, 1, A2.title, [
    _story_msg(A2, 148, "bbt", "2026-11-27 14:05:41"),
    _r(149, "hau", "2026-11-27 15:10:20", "Chúc mừng cô Thu Hà và các đồng nghiệp!"),
    _r(150, "thuha", "2026-11-28 07:45:00", "Em cảm ơn thầy ạ. Cảm ơn Ban Giám hiệu và tổ đã hỗ trợ em trong suốt "
       "hội thi."),
], 744, story=A2, related=(34, 43)))

_add(Topic(39, 5, "Kế hoạch số 198/KH-THCSNT tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027", [Msg(
    151, "admin", at("2026-11-28 10:22:19"),
    "Nhà trường đăng tải Kế hoạch số 198/KH-THCSNT ngày 26/11/2026 về việc tổ chức kiểm tra cuối học kỳ I năm "
    "học 2026 - 2027.<br>Quý thầy cô tải file đính kèm để triển khai thực hiện.",
    "Kế hoạch số 198/KH-THCSNT tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    attachments=[(604, None, "KH198_KiemtraCuoiHKI_2026-2027.pdf", "412.6 kB", "", 88),
                 (605, None, "Phu_luc_Ma_tran_de_KT.docx", "38.1 kB", "", 61)],
)], 297))

_add(Topic(41, 2, A7.title, [
    _story_msg(A7, 155, "admin", "2026-12-01 07:20:15", icon="exclamation"),
    _r(156, "guest:hs lớp 9/3", "2026-12-02 19:30:55", "Thầy ơi môn Tin học và Công nghệ kiểm tra ngày nào ạ?"),
    _r(157, "tin", "2026-12-02 20:05:13", _A7_QUOTE + "Các môn Tin học, Công nghệ, Giáo dục công dân kiểm tra theo "
       "thời khóa biểu trong tuần từ 07/12 đến 12/12 em nhé."),
], 652, story=A7, related=(31, 39)))

_add(Topic(43, 1, A3.title, [
    _story_msg(A3, 158, "admin", "2026-12-04 16:05:33"),
    *[_r(i, who, when, body) for i, (who, when, body) in zip(_HKPD_IDS, _HKPD_REPLIES, strict=True)],
], 936, story=A3, related=(34, 38)))

_add(Topic(45, 4, A13.title, [
    _story_msg(A13, 175, "tpt", "2026-12-05 07:55:02"),
    _r(178, "chau", "2026-12-05 09:40:18", "Bạn Bảo giỏi quá! Chúc mừng đội tuyển " + smiley(":)")),
], 126, story=A13, related=(29, 43)))

for _t in TOPICS.values():
    for _m in _t.msgs:
        if not _m.subject:
            _m.subject = "Re: " + _t.subject



# --- dates as SMF's timeformat() prints them ----------------------------------------------------


def timeformat(when: datetime, relative: bool = True) -> str:
    """'%B %d, %Y, %I:%M:%S %p', or "Today at"/"Yesterday at" (the print view asks for no relative day)."""
    if relative and when.date() == NOW.date():
        return f"<strong>Today</strong> at {when:%I:%M:%S %p}"
    if relative and when.date() == (NOW - timedelta(days=1)).date():
        return f"<strong>Yesterday</strong> at {when:%I:%M:%S %p}"
    return f"{when:%B %d, %Y, %I:%M:%S %p}"


def _plain(markup: str) -> str:
    return re.sub(r"\s+", " ", _html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def _short(markup: str, limit: int) -> str:
    text = _plain(markup)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "..."


def _name(poster: str) -> str:
    return poster[6:] if poster.startswith("guest:") else MEMBERS[poster].name


def _page_start(topic: Topic, msg_id: int) -> int:
    index = [m.id for m in topic.msgs].index(msg_id)
    return index // MSGS_PER_PAGE * MSGS_PER_PAGE


def board_topics(board: int) -> list[Topic]:
    """A board's topics as the message index sorts them: stickies first, then by last post."""
    topics = [t for t in TOPICS.values() if t.board == board]
    return sorted(topics, key=lambda t: (not t.sticky, -t.last.when.timestamp()))


def all_msgs() -> list[tuple[Topic, Msg]]:
    return sorted(((t, m) for t in TOPICS.values() for m in t.msgs), key=lambda tm: tm[1].when, reverse=True)


# --- chrome -------------------------------------------------------------------------------------

_VN_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _menu(active: str) -> str:
    def cls(key: str) -> str:
        return ' class="active"' if key == active else ""

    boards = "".join(
        f'<li><a href="{B}/index.php?board={b.id}.0"><span class="main_icons folder"></span>{esc(b.name)}</a></li>'
        for b in BOARDS.values()
    )
    return f"""
			<div id="main_menu">
				<ul class="dropmenu menu_nav">
					<li class="button_home"><a{cls("home")} href="{B}/index.php"><span class="main_icons home"></span><span class="textmenu">Trang chủ</span></a></li>
					<li class="button_tpgt"><a{cls("gioi-thieu")} href="{B}/index.php?page=gioi-thieu"><span class="textmenu">Giới thiệu</span></a></li>
					<li class="button_forum subsections"><a{cls("forum")} href="{B}/index.php?action=forum"><span class="main_icons forum"></span><span class="textmenu">Diễn đàn</span></a>
						<ul>{boards}</ul>
					</li>
					<li class="button_tintuc subsections"><a{cls("tintuc")} href="{B}/index.php?board=1.0"><span class="textmenu">Tin tức</span></a>
						<ul>
							<li><a href="{B}/index.php?board=1.0">Tin tức - Sự kiện</a></li>
							<li><a href="{B}/index.php?board=2.0">Thông báo</a></li>
							<li><a href="{B}/index.php?board=3.0">Hoạt động chuyên môn</a></li>
						</ul>
					</li>
					<li class="button_help"><a{cls("help")} href="{B}/index.php?action=help"><span class="main_icons help"></span><span class="textmenu">Trợ giúp</span></a></li>
					<li class="button_search"><a{cls("search")} href="{B}/index.php?action=search"><span class="main_icons search"></span><span class="textmenu">Tìm kiếm</span></a></li>
					<li class="button_tplh"><a{cls("lien-he")} href="{B}/index.php?page=lien-he"><span class="textmenu">Liên hệ</span></a></li>
					<li class="button_login"><a{cls("login")} href="{B}/index.php?action=login"><span class="main_icons login"></span><span class="textmenu">Đăng nhập</span></a></li>
				</ul>
			</div>"""


def _linktree(items: list[tuple[str, str | None]]) -> str:
    out = []
    for n, (label, href) in enumerate(items):
        sep = '<span class="dividers"> › </span>' if n else ""
        last = ' class="last"' if n == len(items) - 1 else ""
        inner = f'<a href="{href}"><span>{label}</span></a>' if href else f"<span>{label}</span>"
        out.append(f"<li{last}>{sep}{inner}</li>")
    return f'<div class="navigate_section"><ul>{"".join(out)}</ul></div>'


def _tp_block(bid: int, title: str, inner: str) -> str:
    return (
        f'<div class="tp_block tborder" id="tpblock{bid}"><div class="title_bar"><h3 class="titlebg">'
        f'<span class="header">{title}</span></h3></div><div class="windowbg noup"><div class="tp_blockbody" '
        f'id="blockcontent{bid}" style="overflow: auto;">{inner}</div></div></div>'
    )


def _left_panel() -> str:
    cats = []
    for cid, cname in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{B}/index.php?board={b.id}.0">» {esc(b.name)}</a></li>'
            for b in BOARDS.values() if b.cat == cid
        )
        cats.append(f'<li class="tp_cat"><b>{cname}</b><ul>{items}</ul></li>')
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for n, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Sở GD&ĐT thành phố Đà Nẵng", "https://danang.edu.vn"),
            ("Cổng thông tin phường Tam Kỳ", "https://tamky.danang.gov.vn"),
            ("Sổ liên lạc điện tử eNetViet", "https://enetviet.com"),
            ("Hệ thống quản lý vnEdu", "https://vnedu.vn"),
        ]
    )
    banners = (
        f'<a href="https://danang.edu.vn" target="_blank"><img src="{B}/tp-images/banner/sogddt-danang.png" alt="Sở GD&amp;ĐT" '
        f'style="width: 100%;"></a><br><a href="https://taphuan.csdl.edu.vn" target="_blank"><img '
        f'src="{B}/tp-images/banner/tap-huan-gv.png" alt="Tập huấn giáo viên" style="width: 100%;"></a>'
    )
    return (
        '<div id="tpleftbarContainer" style="width: 190px;"><div id="tpleftbarHeader"></div>'
        + _tp_block(3, "Danh mục", f'<ul class="tp_menu">{"".join(cats)}</ul>')
        + _tp_block(7, "Liên kết website", f'<select onchange="if(this.value) window.open(this.value);" '
                    f'style="width: 100%;"><option value="">-- Chọn liên kết --</option>{links}</select><br><br>{banners}')
        + "</div>"
    )


def _right_panel() -> str:
    top = sorted((t for t in TOPICS.values() if t.story), key=lambda t: -t.views)[:5]
    most = "".join(
        f'<li><a href="{B}/index.php?topic={t.id}.0" title="{esc(t.subject)}">{esc(_short(t.subject, 60))}</a> '
        f'<span class="smalltext">({t.views:,} lượt xem)</span></li>'
        for t in top
    )
    poll_topic = TOPICS[32]
    total = sum(v for _, v in poll_topic.poll["options"])
    rows = "".join(
        f'<dt class="middletext">{esc(o)}</dt><dd class="middletext">{v} ({round(v * 100 / total)}%)</dd>'
        for o, v in poll_topic.poll["options"]
    )
    poll = (
        f'<form class="ssi_poll" action="{B}/index.php?action=vote;topic=32.0;poll=9" method="post">'
        f'<strong>{esc(poll_topic.poll["question"])}</strong><dl>{rows}</dl>'
        f'<strong>Tổng số bình chọn: {total}</strong><br><a href="{B}/index.php?topic=32.0">Xem chủ đề</a></form>'
    )
    stats = (
        '<div class="tp_stats"><img src="{base}/Themes/THCSNT/images/icons/online.gif" alt=""> Đang online: <b>31</b> '
        '(Khách: 29, Thành viên: 2)<br><img src="{base}/Themes/THCSNT/images/icons/today.gif" alt=""> Hôm nay: <b>486</b>'
        '<br><img src="{base}/Themes/THCSNT/images/icons/total.gif" alt=""> Tổng truy cập: <b>1.284.906</b></div>'
    )
    return (
        '<div id="tprightbarContainer" style="width: 210px;">'
        + _tp_block(11, "Xem nhiều nhất", f'<ol class="tp_topviews">{most}</ol>')
        + _tp_block(12, "Thăm dò ý kiến", poll)
        + _tp_block(14, "Thống kê truy cập", stats)
        + "</div>"
    )


_NEWS = [
    "Chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026!",
    "Học sinh kiểm tra cuối học kỳ I từ ngày 15/12/2026, xem lịch chi tiết trong mục Thông báo.",
]


def layout(title: str, canonical: str | None, body_class: str, tree: list[tuple[str, str | None]], content: str,
           active: str = "", desc: str = "", head: str = "", panels: bool = True) -> str:
    news = _NEWS[NOW.day % 2]
    canon = f'\n\t<link rel="canonical" href="{canonical}">' if canonical else ""
    center = f'<div id="tpcontentHeader"></div>{content}'
    if panels:
        main = (
            f'<table id="tp_main" cellspacing="0" cellpadding="0" style="width: 100%;"><tr>'
            f'<td class="tp_sidebar" valign="top">{_left_panel()}</td>'
            f'<td valign="top" style="padding: 0 10px;"><div id="tpcenterContainer">{center}</div></td>'
            f'<td class="tp_sidebar" valign="top">{_right_panel()}</td></tr></table>'
        )
    else:
        main = center
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="{B}/Themes/THCSNT/css/minified_9a3e1f0c.css?smf214_1701937265">
	<link rel="stylesheet" href="{B}/Themes/default/css/portal.css?smf214_1701937265">
	<style>
	img.avatar {{ max-width: 65px !important; max-height: 65px !important; }}
	#banner_thcsnt {{ background: url({B}/Themes/THCSNT/images/banner_2026.jpg) no-repeat; height: 150px; }}
	</style>
	<script>
		var smf_theme_url = "{B}/Themes/THCSNT";
		var smf_default_theme_url = "{B}/Themes/default";
		var smf_images_url = "{B}/Themes/THCSNT/images";
		var smf_smileys_url = "{B}/Smileys";
		var smf_scripturl = "{B}/index.php";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var smf_session_id = "{SID}";
		var smf_session_var = "d41e7c2a9";
		var smf_member_id = 0;
		var ajax_notification_text = 'Đang tải...';
		var banned_text = 'Xin lỗi Khách, bạn đã bị cấm sử dụng diễn đàn này!';
		var smf_txt_expand = 'Expand';
		var smf_txt_shrink = 'Shrink';
		var allow_xhjr_credentials = false;
	</script>
	<script src="{B}/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="{B}/Themes/default/scripts/minified_5b2c7d41.js?smf214_1701937265"></script>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="{SCHOOL}">
	<meta property="og:title" content="{esc(title)}">
	<meta name="description" content="{esc(desc or title)}">
	<meta property="og:description" content="{esc(desc or title)}">
	<meta name="theme-color" content="#1f4e79">
	<title>{esc(title)}</title>{canon}
	<link rel="help" href="{B}/index.php?action=help">
	<link rel="contents" href="{B}/index.php">
	<link rel="search" href="{B}/index.php?action=search">
	<link rel="alternate" type="application/rss+xml" title="{SCHOOL} - RSS" href="{B}/index.php?action=.xml;type=rss2">{head}
</head>
<body id="chrome" class="{body_class}">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft" id="top_info">
				<li class="welcome">Chào mừng <strong>Khách</strong>. Vui lòng <a href="{B}/index.php?action=login" onclick="return reqOverlayDiv(this.href, 'Đăng nhập');">đăng nhập</a>.</li>
				<li class="ngay_thang"><span class="main_icons calendar"></span> {_VN_DAYS[NOW.weekday()]}, {NOW:%d/%m/%Y}</li>
			</ul>
			<form id="search_form" class="floatright" action="{B}/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="" placeholder="Tìm kiếm...">&nbsp;
				<select name="search_selection"><option value="all" selected>Toàn bộ diễn đàn</option></select>
				<input type="submit" name="search2" value="Tìm" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div>
	</div>
	<div id="header">
		<div id="banner_thcsnt">
			<h1 class="forumtitle"><a id="top" href="{B}/index.php"><img src="{B}/Themes/THCSNT/images/logo_thcsnt.png" alt="{SCHOOL}"></a></h1>
			<div class="ten_truong">UBND PHƯỜNG TAM KỲ<br><span>TRƯỜNG THCS NGUYỄN TRÃI</span><br><small>Dạy tốt - Học tốt - Rèn luyện tốt</small></div>
		</div>
		<img id="smflogo" src="{B}/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user"><time datetime="2026-12-05T03:14:05Z">{timeformat(NOW, False)}</time></div>
					<div class="news"><h2>Tin vắn: </h2><p>{news}</p></div>
				</div>
{_menu(active)}
				{_linktree(tree)}
			</div>
		</div>
		<div id="content_section">
			<div id="main_content_section">
{main}
			</div>
		</div>
	</div>
	<div id="footer">
		<div class="inner_wrap">
			<div class="dia_chi"><b>TRƯỜNG THCS NGUYỄN TRÃI - PHƯỜNG TAM KỲ - THÀNH PHỐ ĐÀ NẴNG</b><br>
			Địa chỉ: Số 45 đường Trần Cao Vân, phường Tam Kỳ, thành phố Đà Nẵng<br>
			Điện thoại: 0235 3851 247 - Email: <a href="mailto:c2nguyentrai.tamky@gmail.com">c2nguyentrai.tamky@gmail.com</a><br>
			Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thành</div>
			<ul>
				<li class="floatright"><a href="{B}/index.php?action=help">Trợ giúp</a> | <a href="#top_section">Lên đầu trang &#9650;</a></li>
				<li class="copyright"><a href="https://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a> | <a href="https://www.tinyportal.net" target="_blank" rel="noopener">TinyPortal</a> &copy; 2005-2023</li>
			</ul>
			<p>Trang được tạo trong 0.094 giây với 38 truy vấn.</p>
		</div>
	</div>
</div>
<script src="https://www.googletagmanager.com/gtag/js?id=G-7QH2K4T9ZM" async></script>
</body>
</html>"""


def _tree_board(board: Board) -> list[tuple[str, str | None]]:
    return [
        (SCHOOL, f"{B}/index.php"),
        (CATEGORIES[board.cat], f"{B}/index.php?action=forum#c{board.cat}"),
        (esc(board.name), f"{B}/index.php?board={board.id}.0"),
    ]


# --- pages --------------------------------------------------------------------------------------


def page_front() -> str:
    newest = sorted((t for t in TOPICS.values() if t.board in (1, 2, 3, 4) and not t.sticky),
                    key=lambda t: -t.first.when.timestamp())[:5]
    items = []
    for t in newest:
        first = t.first
        img = re.search(r'<img src="([^"]+)" alt="" class="bbc_img', first.body)
        thumb = (f'<img src="{img.group(1)}" alt="" class="tp_thumb" style="float: left; width: 120px; '
                 'margin-right: 8px;">') if img else ""
        items.append(
            f'<div class="tparticle windowbg" id="tpfp_{t.id}"><h3 class="tp_fptitle"><a href="{B}/index.php?topic={t.id}.0">'
            f'{esc(t.subject)}</a></h3><div class="tp_fpinfo smalltext">bởi {esc(_name(first.poster))} » '
            f'{timeformat(first.when)} | {t.views} lượt xem | {t.replies} trả lời</div><div class="tp_fpbody">{thumb}'
            f'{esc(_short(first.body, 260))}</div><div class="tp_fpmore" style="clear: both; text-align: right;">'
            f'<a href="{B}/index.php?topic={t.id}.0">Đọc tiếp »</a></div></div>'
        )
    recent = "".join(
        f'<tr class="windowbg"><td><a href="{B}/index.php?topic={t.id}.msg{m.id}#msg{m.id}">{esc(_short(m.subject, 55))}'
        f'</a></td><td>{esc(_name(m.poster))}</td><td class="smalltext">{timeformat(m.when)}</td></tr>'
        for t, m in all_msgs()[:5]
    )
    content = (
        _tp_block(21, "Tin mới nhất", "".join(items))
        + _tp_block(22, "Bài viết mới trên diễn đàn", f'<table class="ssi_table" style="width: 100%;">{recent}</table>')
    )
    return layout(f"{SCHOOL} - Trang chủ", f"{B}/index.php", "action_home portal", [(SCHOOL, f"{B}/index.php")],
                  content, "home", "Trang thông tin điện tử Trường THCS Nguyễn Trãi, phường Tam Kỳ, thành phố Đà Nẵng")


def page_forum() -> str:
    cats = []
    for cid, cname in CATEGORIES.items():
        rows = []
        for b in (b for b in BOARDS.values() if b.cat == cid):
            topics = board_topics(b.id)
            posts = sum(len(t.msgs) for t in topics) + 40 * b.id
            last_t = max(topics, key=lambda t: t.last.when)
            lm = last_t.last
            rows.append(f"""
			<div id="board_{b.id}" class="up_contain">
				<div class="board_icon"><a href="{B}/index.php?board={b.id}.0" class="board_off" title="Không có bài viết mới"></a></div>
				<div class="info">
					<a class="subject mobile_subject" href="{B}/index.php?board={b.id}.0" id="b{b.id}">{esc(b.name)}</a>
					<div class="board_description">{esc(b.desc)}</div>
				</div>
				<div class="board_stats"><p>{posts} Bài viết<br>{len(topics) + 9 * b.id} Chủ đề</p></div>
				<div class="lastpost"><p><strong>Last post</strong> by {esc(_name(lm.poster))}<br>in <a href="{B}/index.php?topic={last_t.id}.msg{lm.id}#new" title="{esc(lm.subject)}">{esc(_short(lm.subject, 24))}</a><br>on {timeformat(lm.when)}</p></div>
			</div>""")
        cats.append(f"""
	<div class="main_container">
		<div class="cat_bar" id="category_{cid}"><h3 class="catbg"><span id="category_{cid}_upshrink" class="{cid} toggle_up floatright"></span><a id="c{cid}"></a>{cname}</h3></div>
		<div id="category_{cid}_boards">{"".join(rows)}
		</div>
	</div>""")
    recent = "".join(
        f'<tr class="windowbg"><td class="recentpost"><strong><a href="{B}/index.php?topic={t.id}.msg{m.id}#msg{m.id}" '
        f'rel="nofollow">{esc(_short(m.subject, 40))}</a></strong></td><td class="recentposter">{esc(_name(m.poster))}</td>'
        f'<td class="recentboard">{esc(BOARDS[t.board].name)}</td><td class="recenttime">{timeformat(m.when)}</td></tr>'
        for t, m in all_msgs()[:5]
    )
    info = f"""
	<div class="roundframe" id="info_center">
		<div class="title_bar"><h3 class="titlebg"><span class="toggle_up floatright" id="upshrink_ic"></span>{SCHOOL} - Thông tin diễn đàn</h3></div>
		<div id="upshrinkHeaderIC">
			<div class="sub_bar"><h4 class="subbg"><span class="main_icons recent_posts"></span> Bài viết mới</h4></div>
			<div id="recent_posts_content"><table id="ic_recentposts">{recent}</table></div>
			<div class="sub_bar"><h4 class="subbg"><span class="main_icons stats"></span> Thống kê diễn đàn</h4></div>
			<p class="inline">1,206 Bài viết trong 342 Chủ đề bởi 87 Thành viên. Thành viên mới nhất: <strong>nguyenkhang_8a1</strong><br>Bài viết mới nhất: <b>"{esc(_short(all_msgs()[0][1].subject, 40))}"</b> ( {timeformat(all_msgs()[0][1].when)} )</p>
			<div class="sub_bar"><h4 class="subbg"><span class="main_icons people"></span> Ai đang online</h4></div>
			<p class="inline">31 Khách, 2 Thành viên</p>
			<p class="inline smalltext">BBT Nguyễn Trãi, Lê Văn Tín</p>
			<p class="last smalltext">Online hôm nay nhiều nhất: <strong>64</strong>. Nhiều nhất mọi thời đại: 412 (November 20, 2026, 08:15:44 AM)</p>
		</div>
	</div>"""
    return layout(f"{SCHOOL} - Diễn đàn", f"{B}/index.php?action=forum", "action_forum",
                  [(SCHOOL, f"{B}/index.php"), ("Diễn đàn", f"{B}/index.php?action=forum")],
                  f'<div id="boardindex_table" class="boardindex_table">{"".join(cats)}</div>{info}', "forum")


def _pagelinks(base: str, start: int, total: int, per: int) -> str:
    pages = []
    for n, s in enumerate(range(0, total, per), 1):
        if s == start:
            pages.append(f'<span class="current_page">{n}</span>')
        else:
            pages.append(f'<a class="nav_page" href="{base}.{s}">{n}</a>')
    nxt = start + per
    if nxt < total:
        pages.append(f'<a class="nav_page" href="{base}.{nxt}"><span class="main_icons next_page"></span></a>')
    return '<span class="pages">Pages</span>' + " ".join(pages)


def page_board(board: Board, start: int) -> str:
    topics = board_topics(board.id)
    shown = topics[start:start + TOPICS_PER_PAGE]
    rows = []
    for t in shown:
        f, last = t.first, t.last
        last_start = _page_start(t, last.id)
        mini = ""
        if t.replies + 1 > MSGS_PER_PAGE:
            mini = (f'<span id="pages{f.id}" class="topic_pages"><span class="pages">Pages</span> '
                    + " ".join(f'<a class="nav_page" href="{B}/index.php?topic={t.id}.{s}">{s // MSGS_PER_PAGE + 1}</a>'
                               for s in range(0, t.replies + 1, MSGS_PER_PAGE)) + "</span>")
        icons = ('<span class="main_icons sticky"></span>' if t.sticky else "") + (
            '<span class="main_icons lock"></span>' if t.locked else "")
        state = " sticky" if t.sticky else (" locked" if t.locked else "")
        rows.append(f"""
				<div class="windowbg{state}">
					<div class="board_icon"><img src="{B}/Themes/default/images/post/{f.icon}.png" alt=""></div>
					<div class="info info_block">
						<div class="icons floatright">{icons}</div>
						<div class="message_index_title"><span class="preview{' bold_text' if t.sticky else ''}" title="{esc(_short(f.body, 128))}"><span id="msg_{f.id}"><a href="{B}/index.php?topic={t.id}.0">{esc(t.subject)}</a></span></span></div>
						<p class="floatleft">Started by {esc(_name(f.poster))}</p>
						{mini}
					</div>
					<div class="board_stats centertext"><p>{t.replies} Replies<br>{t.views} Views</p></div>
					<div class="lastpost"><p><a href="{B}/index.php?topic={t.id}.{last_start}#msg{last.id}"><span class="main_icons last_post" title="Last post"></span></a>{timeformat(last.when)}<br>by {esc(_name(last.poster))}</p></div>
				</div>""")
    total = len(topics)
    links = _pagelinks(f"{B}/index.php?board={board.id}", start, total, TOPICS_PER_PAGE)
    # the theme's own "Trang trước / Trang sau" under the list, written with ;start=
    prevnext = []
    if start > 0:
        back = start - TOPICS_PER_PAGE
        prevnext.append(f'<a href="{B}/index.php?board={board.id}' + (f";start={back}" if back else ".0") + '">« Trang trước</a>')
    if start + TOPICS_PER_PAGE < total:
        prevnext.append(f'<a href="{B}/index.php?board={board.id};start={start + TOPICS_PER_PAGE}">Trang sau »</a>')
    page_no = start // TOPICS_PER_PAGE + 1
    title = board.name + (f" - Trang {page_no}" if page_no > 1 else "")
    rel = ""
    if start + TOPICS_PER_PAGE < total:
        rel += f'\n\t<link rel="next" href="{B}/index.php?board={board.id}.{start + TOPICS_PER_PAGE}">'
    if start:
        rel += f'\n\t<link rel="prev" href="{B}/index.php?board={board.id}.{max(start - TOPICS_PER_PAGE, 0)}">'
    content = f"""
	<div id="display_head" class="information"><h2 class="display_title">{esc(board.name)}</h2><p>{esc(board.desc)}</p></div>
	<div class="pagesection">
		<div class="pagelinks floatleft"><a href="#bot" class="button">Go Down</a> {links}</div>
	</div>
	<div id="messageindex">
		<div class="title_bar" id="topic_header"><div class="board_icon"></div><div class="info">Subject / Started by</div><div class="board_stats centertext">Replies / Views</div><div class="lastpost">Last post</div></div>
		<div id="topic_container">{"".join(rows)}
		</div>
	</div>
	<div class="pagesection">
		<div class="pagelinks floatleft"><a href="#main_content_section" class="button" id="bot">Go Up</a> {links}</div>
		<div class="tp_prevnext floatright">{" | ".join(prevnext)}</div>
	</div>
	<div id="topic_icons" class="descbox"><p class="floatright" id="message_index_jump_to"></p><p class="smalltext"><span class="main_icons sticky"></span> Sticky Topic <span class="main_icons lock"></span> Locked Topic</p></div>"""
    return layout(title, f"{B}/index.php?board={board.id}.{start}", f"action_messageindex board_{board.id}",
                  _tree_board(board), content, "forum", board.desc, rel)


def _poster(m: Msg) -> str:
    if m.poster.startswith("guest:"):
        return (f'<div class="poster"><h4>{esc(m.poster[6:])}</h4><ul class="user_info">'
                '<li class="membergroup">Khách</li></ul></div>')
    mem = MEMBERS[m.poster]
    stars = "".join(f'<img src="{B}/Themes/default/images/membericons/icon.png" alt="*">' for _ in range(mem.stars))
    avatar = (f'<li class="avatar"><img class="avatar" src="{B}{mem.avatar}" alt=""></li>' if mem.avatar else "")
    title = f'<li class="title">{esc(mem.title)}</li>' if mem.title else ""
    blurb = f'<li class="blurb">{esc(mem.blurb)}</li>' if mem.blurb else ""
    status = "on" if mem.online else "off"
    return f"""<div class="poster">
						<h4><span class="{status}" title="{'Online' if mem.online else 'Offline'}"></span> {esc(mem.name)}</h4>
						<ul class="user_info">
							{title}<li class="membergroup">{esc(mem.group)}</li>
							{avatar}<li class="icons">{stars}</li>
							<li class="postcount">Posts: {mem.posts:,}</li>
							{blurb}
							<li class="poster_ip">Đã lưu IP</li>
						</ul>
					</div>"""


def _attachments(topic: Topic, m: Msg) -> str:
    if not m.attachments:
        return ""
    out = []
    for aid, thumb, file, size, dims, views in m.attachments:
        if thumb:
            top = (f'<div class="attachments_top"><a href="{B}/index.php?action=dlattach;topic={topic.id}.0;attach={aid};image" '
                   f'id="link_{aid}" onclick="return expandThumb({aid});"><img src="{B}/index.php?action=dlattach;topic='
                   f'{topic.id}.0;attach={thumb};image" alt="" id="thumb_{aid}" class="atc_img"></a></div>')
            info = f"{size}, {dims} - viewed {views} times."
        else:
            top = ""
            info = f"{size} - downloaded {views} times."
        out.append(
            f'<div class="attached">{top}<div class="attachments_bot"><a href="{B}/index.php?action=dlattach;topic='
            f'{topic.id}.0;attach={aid}"><img src="{B}/Themes/default/images/icons/clip.png" class="centericon" alt="*">'
            f"&nbsp;{esc(file)}</a> <br>{info}</div></div>"
        )
    return f'<div id="msg_{m.id}_footer" class="attachments smalltext">{"".join(out)}</div>'


def _message(topic: Topic, m: Msg, counter: int) -> str:
    label = f"Reply #{counter} on:" if counter else "on:"
    edited = ""
    if m.edited:
        edited = (f'<div class="smalltext modified" id="modified_{m.id}">« <em>Last Edit: {timeformat(m.edited[0])} by '
                  f"{esc(m.edited[1])}</em> »</div>")
    sig = ""
    if not m.poster.startswith("guest:") and MEMBERS[m.poster].signature:
        sig = f'<div class="signature" id="msg_{m.id}_signature">{MEMBERS[m.poster].signature}</div>'
    return f"""
			<div class="{'windowbg' if counter % 2 == 0 else 'windowbg2'}" id="msg{m.id}">
				<div class="post_wrapper">
					{_poster(m)}
					<div class="postarea">
						<div class="keyinfo">
							<div class="messageicon"><img src="{B}/Themes/default/images/post/{m.icon}.png" alt=""></div>
							<h5 id="subject_{m.id}">{esc(m.subject)}</h5>
							<div class="smalltext">« <strong>{label}</strong> {timeformat(m.when)} »</div>
							{edited}
							<div id="msg_{m.id}_quick_mod"></div>
						</div>
						<div class="post">
							<div class="inner" data-msgid="{m.id}" id="msg_{m.id}">{m.body}</div>
						</div>
						{_attachments(topic, m)}
					</div>
					<div class="moderatorbar">{sig}</div>
				</div>
			</div>
			<hr class="post_separator">"""


def _poll(topic: Topic) -> str:
    if not topic.poll:
        return ""
    total = sum(v for _, v in topic.poll["options"])
    rows = "".join(
        f'<dt class="">{esc(o)}</dt><dd class="statsbar generic_bar righttext"><div class="bar" style="width: '
        f'{round(v * 100 / total)}%;"></div><span class="percentage">{v} ({round(v * 100 / total)}%)</span></dd>'
        for o, v in topic.poll["options"]
    )
    return (
        '<div id="poll"><div class="cat_bar"><h3 class="catbg"><span class="main_icons poll"></span>Poll</h3></div>'
        f'<div class="windowbg"><h4 id="pollquestion">{esc(topic.poll["question"])}</h4><div id="poll_options">'
        f'<dl class="options">{rows}</dl><p><strong>Total Members Voted:</strong> {total}</p></div></div></div>'
    )


def page_topic(topic: Topic, start: int) -> str:
    board = BOARDS[topic.board]
    msgs = topic.msgs[start:start + MSGS_PER_PAGE]
    total = len(topic.msgs)
    posts = "".join(_message(topic, m, start + i) for i, m in enumerate(msgs))
    links = _pagelinks(f"{B}/index.php?topic={topic.id}", start, total, MSGS_PER_PAGE)
    related = ""
    if topic.related:
        rrows = "".join(
            f'<tr class="windowbg"><td><a href="{B}/index.php?topic={r}.0">{esc(TOPICS[r].subject)}</a></td>'
            f"<td>{esc(_name(TOPICS[r].first.poster))}</td><td>{TOPICS[r].replies}</td><td>{TOPICS[r].views}</td>"
            f'<td class="smalltext">{timeformat(TOPICS[r].last.when)}<br>by {esc(_name(TOPICS[r].last.poster))}</td></tr>'
            for r in topic.related
        )
        related = (
            '<div class="cat_bar"><h3 class="catbg">Các tin khác</h3></div><table class="table_grid" id="related_topics">'
            '<thead><tr class="title_bar"><th>Subject</th><th>Started by</th><th>Replies</th><th>Views</th>'
            f"<th>Last post</th></tr></thead><tbody>{rrows}</tbody></table>"
        )
    share = (
        '<div class="chiase_mxh floatright smalltext">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u='
        f'{B}/index.php?topic={topic.id}.0" target="_blank" rel="noopener"><img src="{B}/Themes/THCSNT/images/share/fb.png" '
        f'alt="Facebook"></a> <a href="https://zalo.me/share?u={B}/index.php?topic={topic.id}.0" target="_blank" '
        f'rel="noopener"><img src="{B}/Themes/THCSNT/images/share/zalo.png" alt="Zalo"></a></div>'
    )
    buttons = (
        f'<div class="buttonlist floatright"><a class="button button_strip_print" href="{B}/index.php?action=printpage;'
        f'topic={topic.id}.0" rel="nofollow"><span class="main_icons print"></span><span>Print</span></a></div>'
    )
    first = topic.first
    content = f"""
	<div id="display_head" class="information">
		<h2 class="display_title"><span id="top_subject">{esc(topic.subject)}</span></h2>
		<p>Started by {esc(_name(first.poster))}, {timeformat(first.when)}</p>
	</div>
	{_poll(topic)}
	<div class="pagesection top">
		{buttons}
		<div class="pagelinks floatleft"><a href="#bot" class="button">Go Down</a> {links}</div>
	</div>
	{share}
	<div id="forumposts">
		<form action="{B}/index.php?action=quickmod2;topic={topic.id}.{start}" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('{SID}', 'd41e7c2a9') : false">{posts}
		</form>
	</div>
	<a id="lastPost"></a>
	<div class="pagesection">
		{buttons}
		<div class="pagelinks floatleft"><a href="#main_content_section" class="button" id="bot">Go Up</a> {links}</div>
	</div>
	{related}
	<div id="moderationbuttons"></div>
	<div id="display_jump_to"></div>
	<p id="whoisviewing" class="smalltext">0 Members and 2 Guests are viewing this topic.</p>"""
    tree = [*_tree_board(board), (esc(topic.subject), f"{B}/index.php?topic={topic.id}.0")]
    head = ""
    if start + MSGS_PER_PAGE < total:
        head += f'\n\t<link rel="next" href="{B}/index.php?topic={topic.id}.{start + MSGS_PER_PAGE}">'
    if start:
        head += f'\n\t<link rel="prev" href="{B}/index.php?topic={topic.id}.{start - MSGS_PER_PAGE}">'
    head += f'\n\t<link rel="index" href="{B}/index.php?board={board.id}.0">'
    return layout(topic.subject, f"{B}/index.php?topic={topic.id}.{start}", f"action_display board_{board.id}",
                  tree, content, "forum", _short(first.body, 128), head)


def page_print(topic: Topic) -> str:
    """action=printpage: every post of the topic, text only; [img] printed as its address in brackets."""
    board = BOARDS[topic.board]
    posts = []
    for m in topic.msgs:
        body = re.sub(r'<img src="([^"]+)" alt="" (?:width="\d+" height="\d+" )?class="bbc_img[^"]*" loading="lazy">',
                      r"(\1)", m.body)
        body = re.sub(r'<img src="[^"]+" alt="([^"]*)" title="[^"]*" class="smiley">', r"\1", body)
        posts.append(
            f'<div class="postheader">Title: <strong>{esc(m.subject)}</strong><br>Post by: <strong>{esc(_name(m.poster))}'
            f"</strong> on <strong>{timeformat(m.when, False)}</strong></div>\n<div class=\"postbody\">{body}</div>"
        )
    first = topic.first
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
	<head>
		<meta charset="UTF-8">
		<meta name="robots" content="noindex">
		<link rel="canonical" href="{B}/index.php?topic={topic.id}.0">
		<title>Print Page - {esc(topic.subject)}</title>
		<style>
			body, a {{ color: #000; background: #fff; }}
			body, td, .normaltext {{ font-family: Verdana, arial, helvetica, serif; font-size: small; }}
			h1#title {{ font-size: large; font-weight: bold; }}
			h2#linktree {{ margin: 1em 0 2.5em 0; font-size: small; font-weight: bold; }}
			.postheader {{ border: solid #000; border-width: 1px 0; padding: 4px 0; }}
			.postbody {{ margin: 1em 0 2em 2em; }}
		</style>
	</head>
	<body>
		<div id="print_head">
			<h1 id="title">{SCHOOL}</h1>
			<h2 id="linktree">{CATEGORIES[board.cat]} =&gt; {esc(board.name)} =&gt; Topic started by: {esc(_name(first.poster))} on {timeformat(first.when, False)}</h2>
		</div>
		<div id="posts">
{chr(10).join(posts)}
		</div>
		<div id="footer" class="smalltext"><a href="https://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></div>
	</body>
</html>"""


_TP_PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung về Trường THCS Nguyễn Trãi", 42, "September 05, 2020, 08:10:22 AM", 5912,
        "<b>Trường THCS Nguyễn Trãi</b> được thành lập năm 1983, đóng trên địa bàn phường Tam Kỳ, thành phố Đà "
        "Nẵng (trước đây thuộc thành phố Tam Kỳ, tỉnh Quảng Nam). Năm học 2026 - 2027, trường có 24 lớp với 912 "
        "học sinh; 56 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ "
        "đào tạo.<br><br>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2021, nhiều năm liền đạt danh "
        "hiệu Tập thể lao động xuất sắc.<br><br>"
        f'<div class="centertext"><img src="{B}/tp-images/gioithieu/toan-canh-truong.jpg" alt="" class="bbc_img"></div>'
        "<br><b>Ban Giám hiệu:</b><br>- Hiệu trưởng: thầy Nguyễn Văn Thành<br>- Phó Hiệu trưởng: thầy Lê Văn Tín"
        "<br>- Phó Hiệu trưởng: cô Huỳnh Thị Mỹ Lệ",
    ),
    "lien-he": (
        "Liên hệ", 43, "September 05, 2020, 08:25:40 AM", 1377,
        "<b>TRƯỜNG THCS NGUYỄN TRÃI</b><br>Địa chỉ: Số 45 đường Trần Cao Vân, phường Tam Kỳ, thành phố Đà Nẵng<br>"
        "Điện thoại văn phòng: 0235 3851 247<br>Email: c2nguyentrai.tamky@gmail.com<br>Fanpage: "
        '<a href="https://www.facebook.com/thcsnguyentrai.tamky" class="bbc_link" target="_blank" rel="noopener">'
        "facebook.com/thcsnguyentrai.tamky</a><br><br>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3840.1!2d108.47!3d15.57" width="100%" '
        'height="320" style="border:0;" loading="lazy"></iframe>',
    ),
}


def page_tp(slug: str) -> str:
    title, aid, when, views, body = _TP_PAGES[slug]
    content = (
        f'<div class="tparticle tp_article_style1" id="article{aid}"><div class="cat_bar"><h3 class="catbg">{esc(title)}'
        f'</h3></div><div class="windowbg"><div class="article_details smalltext"><span class="article_author">bởi '
        f'Quản trị viên</span> | <span class="article_date">{when}</span> | <span class="article_views">Lượt xem: '
        f'{views:,}</span></div><div class="article_bodytext">{body}</div></div></div>'
    )
    return layout(f"{title} - {SCHOOL}", f"{B}/index.php?page={slug}", "action_tparticle portal",
                  [(SCHOOL, f"{B}/index.php"), (esc(title), f"{B}/index.php?page={slug}")], content, slug)


def page_simple(kind: str, found: list[Topic] | None = None, term: str = "") -> str:
    if kind == "help":
        title, inner = "Trợ giúp", (
            '<div class="windowbg"><p>Trang trợ giúp của SMF hướng dẫn các thành viên sử dụng diễn đàn.</p><ul>'
            '<li><a href="https://wiki.simplemachines.org/smf/Registering" target="_blank">Đăng ký</a></li>'
            '<li><a href="https://wiki.simplemachines.org/smf/Logging_In" target="_blank">Đăng nhập</a></li>'
            '<li><a href="https://wiki.simplemachines.org/smf/Posting" target="_blank">Đăng bài</a></li></ul></div>'
        )
    elif kind == "login":
        title, inner = "Đăng nhập", (
            f'<form class="login" action="{B}/index.php?action=login2" name="frmLogin" id="frmLogin" method="post" '
            'accept-charset="UTF-8"><div class="roundframe"><dl><dt>Tên đăng nhập hoặc email:</dt><dd><input '
            'type="text" name="user" size="20"></dd><dt>Mật khẩu:</dt><dd><input type="password" name="passwrd" '
            'size="20"></dd></dl><input type="submit" value="Đăng nhập" class="button"><p class="smalltext">Việc '
            "đăng ký thành viên mới đã tạm dừng. Học sinh liên hệ giáo viên chủ nhiệm để được cấp tài khoản.</p>"
            "</div></form>"
        )
    elif kind == "search":
        title, inner = "Tìm kiếm", (
            f'<form action="{B}/index.php?action=search2" method="post" accept-charset="UTF-8" name="searchform" '
            'id="searchform"><div class="roundframe"><dl class="settings"><dt>Tìm kiếm:</dt><dd><input type="search" '
            'name="search" size="40" maxlength="100"></dd><dt>Tìm trong chuyên mục:</dt><dd><select name="brd[]">'
            + "".join(f'<option value="{b.id}">{esc(b.name)}</option>' for b in BOARDS.values())
            + '</select></dd></dl><input type="submit" name="b_search" value="Tìm kiếm" class="button">'
            '<input type="hidden" name="advanced" value="1"></div></form>'
        )
    elif kind == "results":
        rows = "".join(
            f'<div class="windowbg"><div class="topic_details"><h5>{n}. <a href="{B}/index.php?board={t.board}.0">'
            f'{esc(BOARDS[t.board].name)}</a> / <a href="{B}/index.php?topic={t.id}.msg{t.first.id}#msg{t.first.id}">'
            f'{esc(t.subject)}</a></h5><span class="smalltext">« <em>on {timeformat(t.first.when)}</em> »</span></div>'
            f'<div class="list_posts">{esc(_short(t.first.body, 200))}</div></div>'
            for n, t in enumerate(found or [], 1)
        ) or '<div class="windowbg"><p class="centertext">Không tìm thấy kết quả nào.</p></div>'
        title, inner = "Kết quả tìm kiếm", (
            f'<div class="cat_bar"><h3 class="catbg">Kết quả tìm kiếm cho: &quot;{esc(term)}&quot;</h3></div>{rows}'
        )
    else:  # the error page SMF prints for a missing topic or board
        title, inner = "Lỗi", (
            '<div id="fatal_error"><div class="cat_bar"><h3 class="catbg">Lỗi</h3></div><div class="windowbg">'
            "<div class=\"padding\">The topic or board you are looking for appears to be either missing or off "
            "limits to you.</div></div></div>"
        )
    return layout(f"{title} - {SCHOOL}", None, f"action_{kind}", [(SCHOOL, f"{B}/index.php"), (title, None)],
                  inner, kind if kind in ("help", "login", "search") else "")


def page_rss() -> str:
    newest = sorted((t for t in TOPICS.values() if not t.sticky), key=lambda t: -t.first.when.timestamp())[:5]
    items = "".join(
        f"<item><title>{esc(t.subject)}</title><link>{B}/index.php?topic={t.id}.0</link>"
        f"<description><![CDATA[{_short(t.first.body, 200)}]]></description>"
        f"<pubDate>{t.first.when:%a, %d %b %Y %H:%M:%S} +0700</pubDate><category>{esc(BOARDS[t.board].name)}</category>"
        f"<guid>{B}/index.php?topic={t.id}.0</guid></item>"
        for t in newest
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns="http://backend.userland.com/rss2" '
        f'xml:lang="vi-VN"><channel><title>{SCHOOL}</title><link>{B}/index.php</link><description><![CDATA[Tin mới '
        f"nhất từ {SCHOOL}]]></description>{items}</channel></rss>"
    )


# --- routing ------------------------------------------------------------------------------------

_KNOWN = {"PHPSESSID", "action", "board", "topic", "start", "page", "type", "attach", "image", "thumb"}


def parse_query(query: str) -> dict[str, str] | None:
    """SMF reads ';' like '&' (QueryString.php); a key it does not know here makes the answer a 404."""
    params: dict[str, str] = {}
    for part in re.split(r"[&;]", query):
        if not part:
            continue
        key, _, value = part.partition("=")
        if key not in _KNOWN:
            return None
        params[key] = value
    return params


def sid_rewrite(page: str, scripturl: str, sid: str) -> str:
    """ob_sessrewrite(): every link to the script carries the session id, the canonical excepted."""
    pattern = re.compile(
        r'(?<!<link rel="canonical" href=)"' + re.escape(scripturl) + r"(?!\?PHPSESSID=" + re.escape(sid) + r")\??"
    )
    return pattern.sub('"' + scripturl + "?PHPSESSID=" + sid + "&amp;", page)


class SmfSite:
    """Answers like the forum: one script, index.php, routed by its query."""

    def respond(self, request: Request) -> Response | None:
        if request.path in ("/", "/index.php"):
            return self._script(request)
        if request.path.startswith(("/Themes/", "/Smileys/", "/tp-images/", "/custom_avatar/")) or request.path in (
            "/favicon.ico",
        ):
            return static_file(request.path)
        return None

    def _script(self, request: Request) -> Response | None:
        params = parse_query(request.query)
        if params is None:
            return None
        cookie = request.headers.get("Cookie", "") or request.headers.get("cookie", "")
        has_cookie = "PHPSESSID=" in cookie
        sid = params.pop("PHPSESSID", None) or SID
        base = base_url(request)
        result = self._route(request, params)
        if result is None:
            return None
        if isinstance(result, Response):
            return result
        status, page = result
        page = page.replace(B, base)
        headers = {"X-Powered-By": "PHP/8.1.27", "Cache-Control": "private"}
        if not has_cookie:
            page = sid_rewrite(page, base + "/index.php", sid)
            headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/; HttpOnly"
        return html(page, status=status, headers=headers)

    def _route(self, request: Request, params: dict[str, str]):
        action = params.pop("action", None)
        if action == "dlattach":
            return self._attachment(params)
        if action == ".xml":
            if params.get("type") not in ("rss", "rss2"):
                return None
            return Response(200, page_rss().replace(B, base_url(request)),
                            {"Content-Type": "application/rss+xml; charset=UTF-8"})
        if action == "printpage":
            topic, start = self._topic_param(params.get("topic", ""))
            if topic is None or start != 0 or set(params) - {"topic"}:
                return None
            return 200, page_print(topic)
        if action == "search2":
            if request.method != "POST":
                return redirect(base_url(request) + "/index.php?action=search")
            term = request.form.get("search", "").strip()
            low = unicodedata.normalize("NFC", term).lower()
            found = [t for t in TOPICS.values()
                     if low and low in unicodedata.normalize("NFC", t.subject + " " + _plain(t.first.body)).lower()]
            return 200, page_simple("results", sorted(found, key=lambda t: -t.first.when.timestamp())[:10], term)
        if action == "login2":
            return 200, page_simple("login")
        if action in ("help", "login", "search"):
            return (200, page_simple(action)) if not params else None
        if action == "forum":
            return (200, page_forum()) if not params else None
        if action is not None:
            return 404, page_simple("error")
        if "page" in params:
            slug = params.pop("page")
            return (200, page_tp(slug)) if slug in _TP_PAGES and not params else None
        if "topic" in params:
            if set(params) - {"topic"}:
                return None
            topic, start = self._topic_param(params["topic"])
            if topic is None:
                return 404, page_simple("error")
            return 200, page_topic(topic, start)
        if "board" in params:
            raw = params.pop("board")
            start_param = params.pop("start", None)
            if params:
                return None
            bid, dot, offset = raw.partition(".")
            board = BOARDS.get(int(bid)) if bid.isdigit() else None
            if board is None:
                return 404, page_simple("error")
            value = offset if dot else (start_param or "0")  # board=N.S wins over ;start= (QueryString.php)
            if not value.isdigit():
                return None
            start = int(value)
            count = len(board_topics(board.id))
            if start % TOPICS_PER_PAGE or (start and start >= count):
                return None
            return 200, page_board(board, start)
        if params:
            return None
        return 200, page_front()

    @staticmethod
    def _topic_param(value: str) -> tuple[Topic | None, int]:
        tid, _, rest = value.partition(".")
        topic = TOPICS.get(int(tid)) if tid.isdigit() else None
        if topic is None:
            return None, 0
        if rest in ("", "0"):
            return topic, 0
        if rest.startswith("msg") and rest[3:].isdigit():
            mid = int(rest[3:])
            if mid not in [m.id for m in topic.msgs]:
                return None, 0
            return topic, _page_start(topic, mid)
        if rest.isdigit() and int(rest) % MSGS_PER_PAGE == 0 and int(rest) < len(topic.msgs):
            return topic, int(rest)
        return None, 0

    @staticmethod
    def _attachment(params: dict[str, str]) -> Response | None:
        attach = params.get("attach", "")
        for topic in TOPICS.values():
            for m in topic.msgs:
                for aid, thumb, file, *_ in m.attachments:
                    if attach in (str(aid), str(thumb)):
                        if file.endswith(".pdf"):
                            return Response(200, PDF, {"Content-Type": "application/pdf",
                                                       "Content-Disposition": f'inline; filename="{file}"'})
                        if file.endswith(".docx"):
                            return Response(200, b"PK\x03\x04 docx", {
                                "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                "Content-Disposition": f'attachment; filename="{file}"'})
                        return static_file("/a.jpg")
        return None


def build_site() -> SmfSite:
    return SmfSite()


# --- gold ---------------------------------------------------------------------------------------


def _variants(topic: Topic) -> list[str]:
    """Every address that serves the topic's first page (the news post), with and without a session id."""
    page_one = [m.id for m in topic.msgs[:MSGS_PER_PAGE]]
    queries = [f"topic={topic.id}.0", f"topic={topic.id}", *(f"topic={topic.id}.msg{i}" for i in page_one),
               f"action=printpage;topic={topic.id}.0"]
    out = [f"/index.php?{q}" for q in queries]
    out += [f"/index.php?PHPSESSID={SID}&{q}" for q in queries]
    return out


def _gold(story: Story) -> dict:
    topic = TOPICS[story.id]
    path = f"/index.php?topic={topic.id}.0"
    alts = [v for v in _variants(topic) if v != path]
    return gold_record(story, path, BOARDS[topic.board].name, canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.php?page=gioi-thieu",  # TinyPortal article: the school's introduction
    "/index.php?page=lien-he",  # TinyPortal article: contact
    "/index.php?topic=5.0",  # sticky forum rules
    "/index.php?topic=25.0",  # photo album
    "/index.php?topic=32.0",  # poll
    "/index.php?topic=35.0",  # video
    "/index.php?topic=37.0",  # "MOVED:" redirection stub
    "/index.php?topic=39.0",  # document entry (plan with PDF/DOCX attachments)
]
