"""Fixture portal: the old site of a lower-secondary school (Trường THCS Nguyễn Khuyến) on XOOPS 2.5.

Why: a number of Vietnamese schools built their sites on XOOPS with the "XOOPS Việt Nam"
community packs around 2008–2016 and never migrated. The site still runs the News module
(``news`` 1.6x) as its start module, with Content, WF-Downloads, ExtGallery, Contact, XoopsPoll,
Tag and Profile beside it, in a div-based theme (``#xo-canvas``, ``#xo-header``,
``#xo-leftcolumn``, ``#xo-content``, ``#xo-rightcolumn``, ``#xo-footer``).

What it serves:

- ``/`` answers 302 to ``/modules/news/`` (XOOPS's start module); ``/modules/news/``,
  ``/modules/news/index.php`` and ``/modules/news/index.php?storytopic=0`` ("Tất cả chủ đề") are
  one listing of every story, newest first; ``index.php?storytopic=N`` lists one topic. Three
  stories a page (the module's "storyhome" setting), paged by ``&start=N`` with XoopsPageNav
  ("«", numbers, the current page as ``(2)``, "»"). Each entry is the full ``news_item``: the
  heading "topic : title", "Người gửi: … vào ngày …", the topic icon, the *hometext* (the lead)
  and "Đọc tiếp... | N ký tự còn lại | bình luận". The theme adds "Tin cũ hơn »" under every
  listing page that holds stories; on a topic's last page it points one page past the end.
- Stories at ``/modules/news/article.php?storyid=N``. ``div.item``: ``div.itemHead`` with
  ``span.itemTitle`` = topic link + "&nbsp;: " + the story title; ``div.itemInfo`` "Người gửi:
  <login> vào ngày dd/mm/yyyy (N lần đọc)"; ``div.itemBody`` with the topic icon (topics 1 and 4)
  and ``div.itemText`` = hometext + ``<br /><br />`` + bodytext; ``div.itemFoot`` ("Số lần đọc",
  "Phiên bản in" → ``print.php``, "PDF" → ``makepdf.php``, "Gửi bài này cho bạn bè" → mailto).
  Then "Từ khóa" (Tag module), "« Bài trước | Bài tiếp theo »", the "Bài cùng chủ đề" table, the
  "Các bài trước" list, the comments (two stories have readers' comments, with their own dates
  and "Trả lời" links) and XOOPS's comment navbar form ("Hiển thị theo": Lồng nhau/Phẳng/Luồng,
  Cũ nhất trước/Mới nhất trước, "Làm mới", and a "Gửi bình luận" button whose ``onclick`` goes to
  ``comment_new.php``).
- The text is written three ways, as the editors of the years wrote it: TinyMCE HTML (``<p
  style="text-align: justify;">``, images in a centred ``<p>``, caption as the next centred
  ``<em>`` line); XoopsCode typed in the DHTML textarea with line breaks turned into ``<br />``
  (paragraphs are separated by ``<br />\\n<br />``, ``[center]`` blocks are ``<div
  style="text-align: center;">``, one image comes from the database image manager as
  ``/image.php?id=27``); and text pasted from Word (``p.MsoNormal``, spans, ``<o:p>``, empty
  ``&nbsp;`` paragraphs, ``<!--[if gte mso 9]>`` XML in comments, parenthesised captions).
- Encoding: every page is UTF-8. The three stories from 2012–2014 were typed when the site ran
  ISO-8859-1: the browser sent the Latin-1 letters (à, á, â, ê, ô, ý …) as bytes, which the 2016
  conversion turned into UTF-8, and every other letter (ạ, ả, ă, đ, ơ, ư, ệ …) and the curly
  quotes as numeric references (``&#7879;``, ``&#273;``, ``&#8220;``): their titles and texts mix
  raw Latin-1 letters with numeric references in every word. One of them keeps an image on the
  school's old domain (an absolute ``http://thcsnguyenkhuyen.binhluc.edu.vn/…`` URL).
- Chrome: the header's "Hôm nay: <TODAY>", a top menu, blocks "Menu chính", "Chủ đề tin" (with
  counts), "Đăng nhập" (Tên đăng nhập / Mật khẩu, "Nhớ tôi", "Quên mật khẩu?", "Đăng ký ngay!"),
  "Tìm kiếm"; right: "Tin mới nhất" (dates), "Ai đang trực tuyến" (Khách: 3, Thành viên: 0),
  "Thăm dò" (xoopspoll form, "Kết quả"), "Thống kê truy cập", "Liên kết website" (a select);
  footer with address, phone, hotline and "Powered by XOOPS". ``<meta name="author">`` holds the
  school's name (XOOPS's site-wide meta), never a story's author. ``/backend.php`` (announced in
  ``<head>``) is the RSS of the ten newest stories, pubDate in GMT.
- Non-articles: ``archive.php`` (and its month pages), ``print.php?storyid=N`` (print view:
  title, "Ngày: … hh:mm:ss", the text, "Bài viết này được lấy từ …"), ``makepdf.php`` (a PDF),
  ``comment_new.php`` (prints the whole story again, with "Người gửi … Ngày …", above the comment
  form: XOOPS's own ``comment_new.php`` for News does that), ``comment_reply.php``, topic
  listings, ``topics_directory.php``, ``newsbythisauthor.php?uid=N``, tag pages, the Content
  pages (Giới thiệu chung, Cơ cấu tổ chức, Thành tích), ``/modules/contact/``,
  ``/modules/wfdownloads/`` (categories, files, sort links, file entries; ``visit.php`` sends the
  file), ``/modules/extgallery/`` (albums, photo pages, the script-only slideshow), ``/modules/xoopspoll/``, ``/user.php``,
  ``/modules/profile/`` (the login page for guests), ``/modules/profile/register.php`` (``/register.php``
  answers 302 to it), ``/userinfo.php?uid=N`` (302 to the profile page), ``/search.php``.

Traps and hard cases:

- ``archive.php`` lists every month back to October 2008: the month list is built from all
  published stories, those of the members-only topic "Văn bản nội bộ" (2008–2019) included, but
  a month page lists only what a guest may read, so about 95 month pages are empty tables ("Có tổng
  cộng 0 bài viết"). ``archive.php?year=&month=`` answers 200 for any year and month.
- ``index.php?start=`` past the end answers 200 with an empty list (the theme's "Tin cũ hơn »"
  on each topic's last page leads there); ``storytopic=0`` repeats the home listing.
- The same story at ``article.php?storyid=N&com_mode=flat&com_order=0`` (the listing's "N bình
  luận" link for stories with comments; the comment form's GET gives the same): ``alt_paths``.
- Print view, PDF and ``comment_new.php`` repeat the story's text; ``comment_new.php`` is linked
  only from a button's ``onclick``.
- ``article.php?storyid=97`` (linked from a 2014 story, the story was deleted) is a soft 404:
  XOOPS's ``redirect_header`` page, status 200, "Bài viết được chọn không tồn tại." and a meta
  refresh to the news index.
- The topic name is printed before the title inside the same heading; the ``<title>`` is
  "title - topic - site".
- The RSS pubDate of story 409 (14/11/2026 06:15 local) is "Fri, 13 Nov 2026 23:15:00 +0000".

Gold (by hand). Articles are the 13 stories; everything else is not. Judgement calls:

- title: the story title after "<topic>&nbsp;: " in ``span.itemTitle`` (the topic is the
  category, not part of the title); old titles decoded from their references.
- published_at: the day of "vào ngày dd/mm/yyyy" (no time is printed on the story page; the print
  view's and ``comment_new.php``'s times and the feed's GMT time are not the story page).
- body: hometext then bodytext, paragraph by paragraph; captions, bylines, the topic icon, the
  comments and the widgets are not body. The hometext is printed as the first block of the text
  and is body. Where the editor set the hometext in bold (412, 402) it is a bold lead, so it is
  also the summary; elsewhere summary is None.
- authors/photographers: from the signature in the text. "Người gửi: thcs_admin" / "tpt_doi" are
  logins and credit nobody; "BBT" credits nobody. "Tin: X – Ảnh: Y" gives X and Y; "Tin, ảnh: X –
  TPT Đội" and "Bài, ảnh: X" give X in both lists; "GV: Lê Thị Mai – Tổ Khoa học xã hội" gives
  "Lê Thị Mai"; "Phạm Văn Tuấn – Tổ Năng khiếu" gives "Phạm Văn Tuấn"; "ThS. Nguyễn Văn Hùng" gives
  "Nguyễn Văn Hùng"; a bare right-aligned name is the author. "Nguồn: Phòng GD&ĐT Bình Lục" is the
  source (no author).
- images: the photos inside ``div.itemText`` in order, not the topic icon; captions without the
  Word parentheses and without a leading "Ảnh:" label; photos without a line get None.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "xoops_thcs"
PLATFORM = "xoops"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Khuyến"
SLOGAN = "Kỷ cương - Tình thương - Trách nhiệm"
ADDRESS = "Thị trấn Bình Mỹ, huyện Bình Lục, tỉnh Hà Nam"
PHONE = "0226 3 860 214"
HOTLINE = "0912 345 618"
EMAIL = "thcsnguyenkhuyen.bl@hanam.edu.vn"
OLD_DOMAIN = "http://thcsnguyenkhuyen.binhluc.edu.vn"
PER_PAGE = 3
FEED_SIZE = 10
NEWS = "/modules/news"
THEME = "/themes/nk_blue"
_LOCAL = timezone(timedelta(hours=7))
DELETED_STORY = 97

#: topic id -> (name, topic icon or None)
TOPICS: dict[int, tuple[str, str | None]] = {
    1: ("Tin tức - Sự kiện", "topic_tintuc.png"),
    3: ("Hoạt động chuyên môn", None),
    4: ("Công tác Đội", "topic_doi.png"),
}
#: tag id -> name (Tag module)
TAGS: dict[int, str] = {1: "khai giảng", 2: "20/11", 3: "thể thao", 4: "Liên đội", 5: "học sinh giỏi"}
#: login id -> login name
POSTERS: dict[int, str] = {1: "thcs_admin", 7: "tpt_doi"}

_U = "/uploads"


@dataclass(frozen=True)
class Comment:
    id: int
    name: str
    at: str
    title: str
    text: str


# opts: topic, at (local time stored), mode (html | xcode | word), latin1 (typed in the
# ISO-8859-1 years), poster (uid), tags, comments, link (phrase, storyid) in a paragraph.
STORIES: list[Story] = [
    Story(
        id=412,
        slug="le-ky-niem-44-nam-ngay-nha-giao",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="1",
        published_at="2026-11-20",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Nguyễn Khuyến long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Phòng"
            " GD&ĐT huyện Bình Lục, Đảng ủy, UBND thị trấn Bình Mỹ cùng đông đảo các thế hệ thầy cô"
            " giáo, cha mẹ học sinh và học sinh toàn trường."
        ),
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường THCS Nguyễn Khuyến long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Phòng"
                " GD&ĐT huyện Bình Lục, Đảng ủy, UBND thị trấn Bình Mỹ cùng đông đảo các thế hệ thầy cô"
                " giáo, cha mẹ học sinh và học sinh toàn trường.",
                "bold",
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng, với"
                " những ca khúc ngợi ca tình thầy trò, mái trường và quê hương."
            ),
            Img(
                f"{_U}/img6737f1a2c4b81.jpg",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 8A chào mừng buổi lễ",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 8A chào mừng buổi lễ",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thịnh điểm lại lịch sử, ý nghĩa của"
                " Ngày Nhà giáo Việt Nam và những kết quả nổi bật của nhà trường trong năm học 2025 –"
                " 2026: tỷ lệ học sinh lớp 9 tốt nghiệp đạt 100%, 28 học sinh đạt giải học sinh giỏi cấp"
                " huyện, 6 học sinh đạt giải cấp tỉnh; nhà trường được UBND tỉnh tặng Bằng khen."
            ),
            P(
                "Thay mặt lãnh đạo Phòng GD&ĐT, đồng chí Trần Thị Minh Phương – Phó Trưởng phòng ghi nhận"
                " những nỗ lực của tập thể cán bộ, giáo viên, nhân viên nhà trường và mong thầy cô tiếp"
                " tục đổi mới phương pháp dạy học, thực hiện hiệu quả Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                f"{_U}/img6737f1b05d2e4.jpg",
                "Lãnh đạo nhà trường trao giấy khen cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " huyện",
                "Lãnh đạo nhà trường trao giấy khen cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " huyện",
            ),
            P(
                "Nhân dịp này, Ban đại diện cha mẹ học sinh nhà trường đã trao 15 suất quà cho các học sinh"
                " có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Thị Hằng – Ảnh: Trần Văn Nam</strong></p>'),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Trần Văn Nam"],
        opts={
            "at": "2026-11-20 09:40",
            "mode": "html",
            "poster": 1,
            "tags": [2],
            "comments": [
                Comment(
                    15,
                    "Khách",
                    "20/11/2026 20:14",
                    "Re: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
                    "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và tràn đầy nhiệt huyết với nghề.",
                ),
                Comment(
                    16,
                    "Phụ huynh lớp 8A",
                    "21/11/2026 07:02",
                    "Cảm ơn nhà trường",
                    "Tiết mục của các cháu lớp 8A rất hay, cảm ơn cô chủ nhiệm đã dành nhiều thời gian tập"
                    " luyện cho các cháu.",
                ),
            ],
        },
    ),
    Story(
        id=411,
        slug="chuyen-de-ngu-van-8",
        title="Chuyên đề “Dạy học đọc hiểu văn bản thông tin trong môn Ngữ văn 8”",
        cat="3",
        published_at="2026-11-18",
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 – 2027, chiều ngày 17/11/2026, Tổ"
                " Khoa học xã hội Trường THCS Nguyễn Khuyến tổ chức chuyên đề “Dạy học đọc hiểu văn bản"
                " thông tin trong môn Ngữ văn 8”."
            ),
            P(
                "Tham dự chuyên đề có thầy Phó Hiệu trưởng Đỗ Quang Huy, toàn thể giáo viên trong tổ và"
                " giáo viên Ngữ văn của hai trường THCS Bình Nghĩa, THCS Tràng An."
            ),
            P(
                "Tiết dạy minh họa do cô Lê Thị Mai thực hiện tại lớp 8B. Học sinh được làm việc nhóm, đọc"
                " văn bản, nhận biết đặc điểm của văn bản thông tin và vận dụng viết một văn bản theo mẫu."
            ),
            Img(
                f"{_U}/img673b0c6e9a1f3.jpg",
                "Học sinh lớp 8B thảo luận nhóm trong tiết dạy minh họa",
                "Học sinh lớp 8B thảo luận nhóm trong tiết dạy minh họa",
            ),
            P(
                "Sau tiết dạy, các giáo viên dự giờ đã thảo luận, chia sẻ kinh nghiệm về cách tổ chức hoạt"
                " động đọc hiểu, cách sử dụng phiếu học tập và đánh giá học sinh theo định hướng phát"
                " triển năng lực."
            ),
            P(
                "Chuyên đề là dịp để giáo viên học hỏi lẫn nhau, góp phần nâng cao chất lượng dạy học môn"
                " Ngữ văn trong nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>GV: Lê Thị Mai – Tổ Khoa học xã hội</em></p>'),
        ],
        authors=["Lê Thị Mai"],
        opts={"at": "2026-11-18 15:20", "mode": "html", "poster": 1, "tags": []},
    ),
    Story(
        id=410,
        slug="hoi-thi-nghi-thuc-doi",
        title="Liên đội tổ chức Hội thi “Nghi thức Đội” năm học 2026 – 2027",
        cat="4",
        published_at="2026-11-16",
        blocks=[
            P(
                "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, sáng ngày 15/11/2026, Liên đội"
                " Trường THCS Nguyễn Khuyến tổ chức Hội thi “Nghi thức Đội” cho các chi đội khối 6 và"
                " khối 7."
            ),
            P(
                "Hội thi gồm hai phần: thi đội hình đội ngũ (tập hợp hàng dọc, hàng ngang, các động tác"
                " chào cờ, báo cáo) và thi đánh trống, kèn theo các bài trống quy định."
            ),
            Img(
                f"{_U}/img6738a2d4e7b10.jpg",
                "Chi đội 6A trong phần thi đội hình đội ngũ",
                "Chi đội 6A trong phần thi đội hình đội ngũ",
            ),
            Img(f"{_U}/img6738a2d9c03f5.jpg", None, None),
            P(
                "Các chi đội đã chuẩn bị chu đáo, thực hiện các động tác chính xác, đều đẹp. Kết quả, Ban"
                " giám khảo trao giải Nhất cho Chi đội 7C, giải Nhì cho Chi đội 6A, giải Ba cho Chi đội 7A"
                " và Chi đội 6D."
            ),
            P("Hội thi góp phần rèn luyện tác phong, ý thức kỷ luật và tinh thần đoàn kết cho đội viên."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Thu Hà – TPT Đội</strong></p>'),
        ],
        authors=["Trần Thu Hà"],
        photographers=["Trần Thu Hà"],
        opts={"at": "2026-11-16 10:05", "mode": "html", "poster": 7, "tags": [4, 2]},
    ),
    Story(
        id=409,
        slug="hoi-khoe-phu-dong-cap-truong",
        title="Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        cat="1",
        published_at="2026-11-14",
        blocks=[
            P(
                "Từ ngày 10 đến ngày 13/11/2026, Trường THCS Nguyễn Khuyến tổ chức Hội khỏe Phù Đổng cấp"
                " trường năm học 2026 – 2027 với sự tham gia của gần 400 vận động viên là học sinh của 16"
                " lớp."
            ),
            P(
                "Hội khỏe gồm các môn thi đấu: bóng đá nam, bóng chuyền nữ, cầu lông, kéo co, nhảy dây và"
                " điền kinh. Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thi đấu trung thực,"
                " cao thượng của các vận động viên."
            ),
            Img(
                "/image.php?id=27",
                "Trận chung kết môn kéo co giữa lớp 9A và lớp 9C",
                "Trận chung kết môn kéo co giữa lớp 9A và lớp 9C",
            ),
            P(
                "Kết thúc hội khỏe, Ban tổ chức đã trao 42 huy chương các loại cho các vận động viên. Lớp 9A"
                " giành giải Nhất toàn đoàn, lớp 8C giải Nhì, lớp 9C và lớp 7B đồng giải Ba."
            ),
            Img(f"{_U}/img67355e10b2c47.jpg", None, None),
            P(
                "Qua hội khỏe, nhà trường lựa chọn được 24 vận động viên xuất sắc để bồi dưỡng, tham gia"
                " Hội khỏe Phù Đổng cấp huyện dự kiến tổ chức vào tháng 12/2026."
            ),
            Raw("[right][b]Phạm Văn Tuấn – Tổ Năng khiếu[/b][/right]"),
        ],
        authors=["Phạm Văn Tuấn"],
        opts={
            "at": "2026-11-14 06:15",
            "mode": "xcode",
            "poster": 1,
            "tags": [3],
            "comments": [
                Comment(
                    14,
                    "hs_9a_minhkhoa",
                    "14/11/2026 21:37",
                    "Re: Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
                    "Lớp 9A vô địch kéo co năm thứ hai liên tiếp!",
                )
            ],
        },
    ),
    Story(
        id=405,
        slug="phong-gddt-kiem-tra-dau-nam",
        title="Phòng GD&ĐT huyện Bình Lục kiểm tra công tác đầu năm học tại Trường THCS Nguyễn Khuyến",
        cat="1",
        published_at="2026-10-30",
        blocks=[
            P(
                "Ngày 28/10/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo huyện Bình Lục do đồng chí"
                " Nguyễn Hữu Thắng – Trưởng phòng làm trưởng đoàn đã kiểm tra công tác chuẩn bị và triển"
                " khai nhiệm vụ năm học 2026 – 2027 tại Trường THCS Nguyễn Khuyến."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục nhà trường, kế hoạch dạy học của các tổ"
                " chuyên môn, cơ sở vật chất, thiết bị dạy học và công tác bán trú; dự giờ 6 tiết dạy của"
                " giáo viên các môn Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên."
            ),
            P(
                "Kết luận buổi kiểm tra, đồng chí trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà"
                " trường; đồng thời đề nghị nhà trường tiếp tục tăng cường ứng dụng công nghệ thông tin,"
                " chuyển đổi số trong quản lý và dạy học, quan tâm bồi dưỡng học sinh giỏi và phụ đạo học"
                " sinh chưa đạt yêu cầu."
            ),
            Img(
                f"{_U}/img6721c87a3f9d2.jpg",
                "Ảnh: Đoàn kiểm tra làm việc với lãnh đạo nhà trường",
                "Đoàn kiểm tra làm việc với lãnh đạo nhà trường",
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Bình Lục</em></p>'),
        ],
        source="Phòng GD&ĐT Bình Lục",
        opts={"at": "2026-10-30 16:40", "mode": "html", "poster": 1, "tags": []},
    ),
    Story(
        id=402,
        slug="hoi-thi-giao-vien-day-gioi",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="3",
        published_at="2026-10-16",
        summary=(
            "Từ ngày 05 đến ngày 14/10/2026, Trường THCS Nguyễn Khuyến tổ chức Hội thi giáo viên dạy giỏi"
            " cấp trường năm học 2026 – 2027 nhằm lựa chọn giáo viên tham gia hội thi cấp huyện."
        ),
        blocks=[
            P(
                "Từ ngày 05 đến ngày 14/10/2026, Trường THCS Nguyễn Khuyến tổ chức Hội thi giáo viên dạy"
                " giỏi cấp trường năm học 2026 – 2027 nhằm lựa chọn giáo viên tham gia hội thi cấp huyện.",
                "bold",
            ),
            P(
                "Hội thi có 14 giáo viên tham gia thuộc các môn Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên,"
                " Lịch sử và Địa lí, Tin học. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng"
                " dạy và thực hiện hai tiết dạy trên lớp."
            ),
            Img(
                f"{_U}/img670f6b21d8e95.jpg",
                "Cô Vũ Thị Ngọc Anh dạy tiết Tiếng Anh lớp 9A",
                "Cô Vũ Thị Ngọc Anh dạy tiết Tiếng Anh lớp 9A",
            ),
            P(
                "Kết quả, 11 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 4 giáo viên"
                " được chọn tham gia Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 – 2027: cô Vũ Thị"
                " Ngọc Anh (Tiếng Anh), cô Nguyễn Thị Thu Hương (Toán), thầy Bùi Đức Mạnh (Khoa học tự"
                " nhiên) và cô Lê Thị Mai (Ngữ văn)."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Văn Long – Ảnh: Đỗ Thu Trang</strong></p>'),
        ],
        authors=["Hoàng Văn Long"],
        photographers=["Đỗ Thu Trang"],
        opts={"at": "2026-10-16 14:00", "mode": "html", "poster": 1, "tags": []},
    ),
    Story(
        id=400,
        slug="phat-dong-ke-hoach-nho",
        title="Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026 – 2027",
        cat="4",
        published_at="2026-10-09",
        blocks=[
            P(
                "Trong buổi chào cờ đầu tuần ngày 05/10/2026, Liên đội Trường THCS Nguyễn Khuyến đã phát"
                " động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa đến toàn thể đội viên."
            ),
            P(
                "Theo kế hoạch, các chi đội thu gom giấy vụn, sách báo cũ, vỏ chai nhựa và nộp về Liên đội"
                " vào sáng thứ Hai hằng tuần trong tháng 10 và tháng 11/2026. Mỗi đội viên phấn đấu đóng"
                " góp ít nhất 3 kg giấy vụn."
            ),
            P(
                "Toàn bộ số tiền thu được từ phong trào sẽ được dùng để mua sách vở, đồ dùng học tập tặng"
                " các bạn học sinh có hoàn cảnh khó khăn và ủng hộ quỹ “Vì bạn nghèo” của Liên đội."
            ),
        ],
        opts={"at": "2026-10-09 08:10", "mode": "xcode", "poster": 7, "tags": [4]},
    ),
    Story(
        id=396,
        slug="le-khai-giang-2026-2027",
        title="Trường THCS Nguyễn Khuyến long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        cat="1",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh trên cả nước, hơn 620 học sinh Trường"
                " THCS Nguyễn Khuyến hân hoan bước vào năm học mới 2026 – 2027."
            ),
            P(
                "Đến dự lễ khai giảng có đồng chí Lại Văn Bình – Phó Chủ tịch UBND thị trấn Bình Mỹ, đại"
                " diện Ban đại diện cha mẹ học sinh cùng các nhà hảo tâm trên địa bàn."
            ),
            Img(
                f"{_U}/img66d9231f4b7a8.jpg",
                "(Học sinh khối 6 bước vào năm học đầu tiên dưới mái trường THCS)",
                "Học sinh khối 6 bước vào năm học đầu tiên dưới mái trường THCS",
            ),
            P(
                "Sau nghi thức chào cờ, thầy Hiệu trưởng Nguyễn Văn Thịnh đọc thư của Chủ tịch nước gửi"
                " ngành giáo dục nhân dịp khai giảng năm học mới; tổng kết những thành tích nổi bật năm học"
                " 2025 – 2026 và phát động thi đua năm học mới với chủ đề “Kỷ cương – Đổi mới – Chất"
                " lượng”."
            ),
            P(
                "Trong tiếng trống khai trường rộn rã, năm học mới đã chính thức bắt đầu với nhiều kỳ vọng"
                " của thầy và trò nhà trường."
            ),
            Img(
                f"{_U}/img66d92324e1c05.jpg",
                "(Thầy Hiệu trưởng đánh trống khai giảng năm học mới)",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
            Raw("sign:Nguyễn Thị Hằng"),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={"at": "2026-09-05 10:30", "mode": "word", "poster": 1, "tags": [1]},
    ),
    Story(
        id=399,
        slug="dai-hoi-lien-doi",
        title="Đại hội Liên đội Trường THCS Nguyễn Khuyến nhiệm kỳ 2026 – 2027",
        cat="4",
        published_at="2026-09-22",
        blocks=[
            P(
                "Chiều ngày 19/9/2026, Liên đội Trường THCS Nguyễn Khuyến tổ chức Đại hội Liên đội nhiệm kỳ"
                " 2026 – 2027 với sự tham dự của 64 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – 2026,"
                " thảo luận và thống nhất phương hướng, chỉ tiêu hoạt động trong nhiệm kỳ mới."
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 9 đồng chí; em Nguyễn Bảo Ngọc"
                " (lớp 9A) được bầu làm Liên đội trưởng."
            ),
            Img(
                f"{_U}/img66efd1a2b39c4.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            ),
            Img(f"{_U}/img66efd1a7f01d8.jpg", None, None),
            Img(f"{_U}/img66efd1ac62e5b.jpg", None, None),
            Raw('<p style="text-align: right;"><em>Đặng Minh Châu</em></p>'),
        ],
        authors=["Đặng Minh Châu"],
        opts={"at": "2026-09-22 15:00", "mode": "html", "poster": 7, "tags": [4]},
    ),
    Story(
        id=371,
        slug="tuyen-duong-hsg-cap-tinh",
        title="Tuyên dương học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2025 – 2026",
        cat="1",
        published_at="2026-03-27",
        blocks=[
            P(
                "Trong buổi chào cờ sáng thứ Hai ngày 23/3/2026, Trường THCS Nguyễn Khuyến tổ chức tuyên"
                " dương, khen thưởng 6 học sinh đạt giải trong kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm"
                " học 2025 – 2026."
            ),
            P(
                "Năm nay, nhà trường có 6 học sinh đạt giải gồm: 1 giải Nhì môn Toán (em Trần Minh Khang,"
                " lớp 9A), 2 giải Ba môn Ngữ văn và Tiếng Anh, 3 giải Khuyến khích các môn Lịch sử, Khoa"
                " học tự nhiên và Tin học. Đây là kết quả cao nhất của nhà trường trong 5 năm trở lại đây."
            ),
            Img(
                f"{_U}/img6605ff8c2a9d1.jpg",
                "Thầy Hiệu trưởng trao thưởng cho các em học sinh đạt giải cấp tỉnh",
                "Thầy Hiệu trưởng trao thưởng cho các em học sinh đạt giải cấp tỉnh",
            ),
            P(
                "Nhà trường đã trao thưởng cho mỗi học sinh đạt giải và các giáo viên bồi dưỡng, đồng thời"
                " mong các em tiếp tục giữ vững phong độ trong kỳ thi tuyển sinh vào lớp 10 sắp tới."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Vũ Minh Đức</strong></p>'),
        ],
        authors=["Vũ Minh Đức"],
        photographers=["Vũ Minh Đức"],
        opts={"at": "2026-03-27 09:00", "mode": "html", "poster": 1, "tags": [5]},
    ),
    Story(
        id=205,
        slug="hoi-nghi-cbccvc-2014",
        title="Hội nghị cán bộ, công chức, viên chức năm học 2014 - 2015",
        cat="1",
        published_at="2014-10-18",
        blocks=[
            P(
                "Chiều ngày 16/10/2014, Trường THCS Nguyễn Khuyến đã tổ chức Hội nghị cán bộ, công chức,"
                " viên chức năm học 2014 - 2015. Về dự hội nghị có đồng chí Phạm Thị Thu Hiền, Phó Trưởng"
                " phòng GD&ĐT huyện Bình Lục, cùng toàn thể 38 cán bộ, giáo viên, nhân viên của nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2013 - 2014 (xem bài Tổng kết"
                " năm học 2013 - 2014) và phương hướng, nhiệm vụ năm học 2014 - 2015; báo cáo công khai tài"
                " chính và báo cáo hoạt động của Ban Thanh tra nhân dân."
            ),
            Img(f"{OLD_DOMAIN}/uploads/img5441f2a8c7d3e.jpg", "(Quang cảnh Hội nghị)", "Quang cảnh Hội nghị"),
            P(
                "Các ý kiến thảo luận tập trung vào việc đổi mới phương pháp dạy học, nâng cao chất lượng"
                " mũi nhọn, xây dựng trường học thân thiện, học sinh tích cực và thực hiện chế độ chính"
                " sách cho cán bộ, giáo viên."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu tán thành và phát động"
                " phong trào thi đua “Dạy tốt – Học tốt” chào mừng Ngày Nhà giáo Việt Nam 20/11."
            ),
            Raw("sign:BBT"),
        ],
        opts={
            "at": "2014-10-18 09:00",
            "mode": "word",
            "latin1": True,
            "poster": 1,
            "tags": [],
            "link": ("Tổng kết năm học 2013 - 2014", DELETED_STORY),
        },
    ),
    Story(
        id=188,
        slug="kinh-nghiem-boi-duong-hsg-toan-9",
        title="Một số kinh nghiệm bồi dưỡng học sinh giỏi môn Toán 9",
        cat="3",
        published_at="2013-12-10",
        blocks=[
            P(
                "Bồi dưỡng học sinh giỏi là nhiệm vụ trọng tâm của nhà trường trong nhiều năm qua. Bài viết"
                " dưới đây chia sẻ một số kinh nghiệm của tổ Toán - Lý trong công tác bồi dưỡng học sinh"
                " giỏi môn Toán lớp 9."
            ),
            P(
                "Thứ nhất, phát hiện và tuyển chọn học sinh có năng khiếu ngay từ lớp 6, lớp 7 thông qua các"
                " bài kiểm tra, các kỳ giao lưu Toán tuổi thơ và quan sát của giáo viên trên lớp."
            ),
            P(
                "Thứ hai, xây dựng chương trình bồi dưỡng theo chuyên đề: số học, đại số, hình học, bất đẳng"
                " thức và cực trị; mỗi chuyên đề có hệ thống bài tập từ cơ bản đến nâng cao."
            ),
            P(
                "Thứ ba, rèn cho học sinh kỹ năng tự học, trình bày lời giải chặt chẽ; thường xuyên cho học"
                " sinh làm đề thi của các năm trước trong thời gian quy định."
            ),
            P(
                "Với cách làm trên, năm học 2012 - 2013 đội tuyển Toán 9 của nhà trường có 4 em đạt giải cấp"
                " huyện và 1 em đạt giải Ba cấp tỉnh."
            ),
            Raw("sign:ThS. Nguyễn Văn Hùng"),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"at": "2013-12-10 16:25", "mode": "word", "latin1": True, "poster": 1, "tags": [5]},
    ),
    Story(
        id=131,
        slug="cong-doan-8-3-2012",
        title="Công đoàn trường tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3",
        cat="1",
        published_at="2012-03-09",
        blocks=[
            P(
                "Chào mừng kỷ niệm 102 năm ngày Quốc tế Phụ nữ 8/3/2012, Công đoàn Trường THCS Nguyễn Khuyến"
                " đã tổ chức nhiều hoạt động thiết thực dành cho các cô giáo, nữ nhân viên trong nhà trường."
            ),
            P(
                "Ngày 07/3/2012, Công đoàn tổ chức buổi gặp mặt, tặng hoa và quà cho 26 chị em; tổ chức hội"
                " thi cắm hoa nghệ thuật với chủ đề “Mừng Đảng, mừng Xuân, mừng ngày 8/3” giữa các tổ công"
                " đoàn."
            ),
            Img(
                f"{_U}/img4f58a3c1d2e07.jpg",
                "Một tác phẩm dự thi cắm hoa của tổ Xã hội",
                "Một tác phẩm dự thi cắm hoa của tổ Xã hội",
            ),
            P(
                "Cũng trong dịp này, các đồng chí nam giáo viên đã tổ chức giao lưu văn nghệ, chúc mừng các"
                " chị em luôn mạnh khỏe, hạnh phúc, hoàn thành tốt nhiệm vụ được giao."
            ),
            Raw("[right][i]Tin: Đỗ Thị Lan[/i][/right]"),
        ],
        authors=["Đỗ Thị Lan"],
        opts={"at": "2012-03-09 14:10", "mode": "xcode", "latin1": True, "poster": 1, "tags": []},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def topic_of(story: Story) -> int:
    return int(story.cat)


def topic_name(tid: int) -> str:
    return TOPICS[tid][0]


def article_path(story: Story) -> str:
    return f"{NEWS}/article.php?storyid={story.id}"


def flat_path(story: Story) -> str:
    return f"{NEWS}/article.php?storyid={story.id}&com_mode=flat&com_order=0"


def comment_new_path(story: Story) -> str:
    return f"{NEWS}/comment_new.php?com_itemid={story.id}&com_order=0&com_mode=flat"


def comment_reply_path(story: Story, com: Comment) -> str:
    return f"{NEWS}/comment_reply.php?com_id={com.id}&com_mode=flat&com_order=0&storyid={story.id}"


def local_time(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(tid: int | None = None) -> list[Story]:
    items = [s for s in STORIES if tid is None or topic_of(s) == tid]
    return sorted(items, key=local_time, reverse=True)


def pages_of(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


def listing_path(tid: int | None, start: int = 0) -> str:
    """The listing addresses the module itself prints (home pages carry ``storytopic=0``)."""
    if tid is None and start == 0:
        return f"{NEWS}/index.php"
    topic = 0 if tid is None else tid
    return f"{NEWS}/index.php?storytopic={topic}" + (f"&start={start}" if start else "")


def _months() -> list[tuple[int, int]]:
    """Months the archive lists: the members-only topic's (school months 10/2008–5/2019) and the
    public stories', newest first."""
    months = {(local_time(s).year, local_time(s).month) for s in STORIES}
    for year in range(2008, 2020):
        for month in (1, 2, 3, 4, 5, 9, 10, 11, 12):
            if (year, month) >= (2008, 10) and (year, month) <= (2019, 5):
                months.add((year, month))
    return sorted(months, reverse=True)


ARCHIVE_MONTHS: list[tuple[int, int]] = _months()
STORY_MONTHS: list[tuple[int, int]] = sorted(
    {(local_time(s).year, local_time(s).month) for s in STORIES}, reverse=True
)


@dataclass(frozen=True)
class Download:
    lid: int
    cid: int
    title: str
    filename: str
    size: str
    date: str
    hits: int
    description: str


DL_CATS: dict[int, str] = {1: "Văn bản chỉ đạo", 2: "Biểu mẫu"}
DOWNLOADS: list[Download] = [
    Download(
        3, 1, "Kế hoạch năm học 2026 - 2027", "ke-hoach-nam-hoc-2026-2027.pdf", "245.3 KB", "02/09/2026", 88,
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của Trường THCS Nguyễn Khuyến.",
    ),
    Download(
        4, 1, "Lịch công tác tháng 11/2026", "lich-cong-tac-thang-11-2026.pdf", "96.0 KB", "31/10/2026", 41,
        "Lịch công tác của nhà trường trong tháng 11 năm 2026.",
    ),
    Download(
        5, 2, "Mẫu đơn xin nghỉ học", "mau-don-xin-nghi-hoc.doc", "28.5 KB", "12/09/2025", 302,
        "Mẫu đơn xin nghỉ học dành cho cha mẹ học sinh.",
    ),
]
DL_SORTS = ("titleA", "titleD", "dateA", "dateD", "hitsA", "hitsD")

#: album id -> (name, photo ids)
ALBUMS: dict[int, tuple[str, list[int]]] = {
    2: ("Lễ khai giảng năm học 2026 - 2027", [31, 32, 33, 34]),
    3: ("Hội khỏe Phù Đổng 2026", [41, 42, 43]),
}
CONTENT_PAGES: dict[int, str] = {1: "Giới thiệu chung", 2: "Cơ cấu tổ chức", 3: "Thành tích"}


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        topic_name(topic_of(s)),
        alt_paths=[flat_path(s), f"{NEWS}/article.php?com_mode=flat&com_order=0&storyid={s.id}"],
    )
    for s in newest()
]

NON_ARTICLES: list[str] = [
    f"{NEWS}/",
    f"{NEWS}/index.php",
    f"{NEWS}/index.php?storytopic=0",
    *(listing_path(None, n * PER_PAGE) for n in range(1, pages_of(len(STORIES)))),
    *(
        listing_path(t, n * PER_PAGE)
        for t in TOPICS
        for n in range(pages_of(len(newest(t))))
    ),
    f"{NEWS}/topics_directory.php",
    f"{NEWS}/archive.php",
    *(f"{NEWS}/archive.php?year={y}&month={m}" for y, m in STORY_MONTHS),
    *(f"{NEWS}/print.php?storyid={s.id}" for s in STORIES),
    *(comment_new_path(s) for s in STORIES),
    *(comment_reply_path(s, c) for s in STORIES for c in s.opts.get("comments", [])),
    *(f"{NEWS}/newsbythisauthor.php?uid={u}" for u in POSTERS),
    *(f"/modules/tag/view.tag.php?tag={t}" for t in TAGS),
    "/modules/tag/",
    "/modules/content/",
    *(f"/modules/content/index.php?id={i}" for i in CONTENT_PAGES),
    "/modules/contact/",
    "/modules/wfdownloads/",
    *(f"/modules/wfdownloads/viewcat.php?cid={c}" for c in DL_CATS),
    *(f"/modules/wfdownloads/singlefile.php?cid={d.cid}&lid={d.lid}" for d in DOWNLOADS),
    "/modules/extgallery/",
    *(f"/modules/extgallery/public-album.php?id={a}" for a in ALBUMS),
    *(f"/modules/extgallery/public-photo.php?photoId={p}" for _, ps in ALBUMS.values() for p in ps),
    *(f"/modules/extgallery/public-slideshow.php?id={a}" for a in ALBUMS),
    "/modules/xoopspoll/",
    "/modules/xoopspoll/pollresults.php?poll_id=3",
    "/user.php",
    "/modules/profile/",
    "/modules/profile/register.php",
    *(f"/modules/profile/userinfo.php?uid={u}" for u in POSTERS),
    "/search.php",
]


# --------------------------------------------------------------------------- text rendering


def latin1_era(markup: str) -> str:
    """What the ISO-8859-1 years left in the database: Latin-1 letters as they are, every other
    character as a decimal reference (the browser's way of sending what the charset lacks)."""
    return "".join(ch if ord(ch) < 256 else f"&#{ord(ch)};" for ch in markup)


def _t(value: str) -> str:
    return _html.escape(value, quote=False)


def _stored(story: Story, markup: str) -> str:
    return latin1_era(markup) if story.opts.get("latin1") else markup


def _para_text(story: Story, p: P) -> str:
    """A paragraph's inner markup, with the in-text link where the story has one."""
    link = story.opts.get("link")
    if link and link[0] in p.text:
        phrase, sid = link
        before, after = p.text.split(phrase, 1)
        return f'{_t(before)}<a href="article.php?storyid={sid}">{_t(phrase)}</a>{_t(after)}'
    return _t(p.text)


def _img_src(base: str, src: str) -> str:
    return src if src.startswith("http") else base + src


_MSO_XML = (
    "<!--[if gte mso 9]><xml> <w:WordDocument> <w:View>Normal</w:View> <w:Zoom>0</w:Zoom>"
    " <w:TrackMoves /> <w:TrackFormatting /> <w:PunctuationKerning /> <w:ValidateAgainstSchemas />"
    " <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid> <w:IgnoreMixedContent>false</w:IgnoreMixedContent>"
    " <w:Compatibility> <w:BreakWrappedTables /> <w:SnapToGridInCell /> <w:WrapTextWithPunct />"
    " </w:Compatibility> <m:mathPr> <m:mathFont m:val=\"Cambria Math\" /> </m:mathPr></w:WordDocument>"
    " </xml><![endif]--><!--[if gte mso 10]> <style> /* Style Definitions */ table.MsoNormalTable"
    " {mso-style-name:\"Table Normal\"; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0;"
    " mso-style-noshow:yes; mso-style-priority:99; mso-padding-alt:0in 5.4pt 0in 5.4pt;"
    " font-size:10.0pt; font-family:\"Times New Roman\",\"serif\";} </style> <![endif]-->"
)
_MSO_SPAN = "font-size: 14pt; line-height: 150%; font-family: 'Times New Roman','serif';"


def _render_html(story: Story, blocks: list, base: str) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, P):
            inner = _para_text(story, b)
            if b.style == "bold":
                inner = f"<strong>{inner}</strong>"
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img src="{esc(_img_src(base, b.src))}" alt="" width="500"'
                ' height="333" /></p>'
            )
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{_t(b.printed)}</em></p>')
        else:
            out.append(b.html)
    return "\n".join(out)


def _render_word(story: Story, blocks: list, base: str, lead: bool) -> str:
    out: list[str] = [] if lead else [_MSO_XML]
    for i, b in enumerate(blocks):
        if isinstance(b, P):
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 0.5in; line-height: 150%;">'
                f'<span lang="VI" style="{_MSO_SPAN}">{_para_text(story, b)}<o:p></o:p></span></p>'
            )
            if not lead and i % 2:
                out.append('<p class="MsoNormal" style="text-align: justify;"><o:p>&nbsp;</o:p></p>')
        elif isinstance(b, Img):
            out.append(
                '<p class="MsoNormal" align="center" style="text-align: center;">'
                f'<img src="{esc(_img_src(base, b.src))}" alt="" width="480" height="320" border="0" /></p>'
            )
            if b.printed:
                out.append(
                    '<p class="MsoNormal" align="center" style="text-align: center;"><i>'
                    f'<span lang="VI" style="font-size: 13pt; font-family: \'Times New Roman\',\'serif\';">'
                    f"{_t(b.printed)}</span></i><o:p></o:p></p>"
                )
        else:
            name = b.html.removeprefix("sign:")
            out.append(
                '<p class="MsoNormal" align="right" style="text-align: right;"><b>'
                f'<span lang="VI" style="{_MSO_SPAN}">{_t(name)}<o:p></o:p></span></b></p>'
            )
    return "\n".join(out)


_XCODE = [
    (re.compile(r"\[right\](.*?)\[/right\]"), r'<div style="text-align: right;">\1</div>'),
    (re.compile(r"\[center\](.*?)\[/center\]"), r'<div style="text-align: center;">\1</div>'),
    (re.compile(r"\[b\](.*?)\[/b\]"), r"<strong>\1</strong>"),
    (re.compile(r"\[i\](.*?)\[/i\]"), r"<em>\1</em>"),
]


def _render_xcode(story: Story, blocks: list, base: str) -> str:
    """The DHTML textarea's XoopsCode, rendered as XOOPS does: codes to tags, newlines to <br />."""
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, P):
            lines.append(_para_text(story, b))
        elif isinstance(b, Img):
            src = _img_src(base, b.src)
            lines.append(f'[center]<img src="{esc(src)}" alt="" />[/center]')
            if b.printed:
                lines[-1] += f"\n[center][i]{_t(b.printed)}[/i][/center]"
        else:
            lines.append(b.html)
    source = "\n\n".join(lines)
    for pattern, repl in _XCODE:
        source = pattern.sub(repl, source)
    return source.replace("\n", "<br />\n")


def _render(story: Story, blocks: list, base: str, lead: bool) -> str:
    mode = story.opts["mode"]
    if mode == "word":
        markup = _render_word(story, blocks, base, lead)
    elif mode == "xcode":
        markup = _render_xcode(story, blocks, base)
    else:
        markup = _render_html(story, blocks, base)
    return _stored(story, markup)


def hometext(story: Story, base: str) -> str:
    return _render(story, story.blocks[:1], base, lead=True)


def bodytext(story: Story, base: str) -> str:
    return _render(story, story.blocks[1:], base, lead=False)


def story_text(story: Story, base: str) -> str:
    """``$story['text']`` of article.php: hometext, two line breaks, bodytext."""
    return hometext(story, base) + "<br /><br />" + bodytext(story, base)


def stored_title(story: Story) -> str:
    return _stored(story, _t(story.title))


# --------------------------------------------------------------------------- page chrome


def _dmy(story: Story) -> str:
    return f"{local_time(story):%d/%m/%Y}"


def _head(base: str, title: str, description: str, keywords: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="{keywords}" />
<meta name="description" content="{description}" />
<meta name="rating" content="general" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="Copyright &copy; 2008-2016 {esc(SITE)}" />
<meta name="generator" content="XOOPS" />
<title>{title}</title>
<script type="text/javascript" src="{base}/include/xoops.js"></script>
<script type="text/javascript" src="{base}/browse.php?Frameworks/jquery/jquery.js"></script>
<link rel="shortcut icon" type="image/ico" href="{base}/favicon.ico" />
<link rel="icon" type="image/png" href="{base}/themes/nk_blue/icons/favicon.png" />
<link rel="alternate" type="application/rss+xml" title="" href="{base}/backend.php" />
<link rel="stylesheet" type="text/css" media="all" href="{base}/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" href="{base}{THEME}/style.css" />
<link rel="stylesheet" type="text/css" media="all" href="{base}{NEWS}/assets/css/style.css" />
</head>"""


def _block(title: str, content: str, bid: int) -> str:
    return (
        f'<div class="xo-block" id="xo-block-{bid}"><div class="xo-blocktitle">{title}</div>'
        f'<div class="xo-blockcontent">{content}</div></div>'
    )


def _left(base: str, in_news: bool) -> str:
    subs = (
        f'<a class="menuSub" href="{base}{NEWS}/archive.php">Lưu trữ</a>'
        f'<a class="menuSub" href="{base}{NEWS}/topics_directory.php">Danh sách chủ đề</a>'
        if in_news
        else ""
    )
    menu = (
        '<table cellspacing="0"><tr><td id="mainmenu">'
        f'<a class="menuTop" href="{base}/">Trang chủ</a>'
        f'<a class="menuMain" href="{base}{NEWS}/">Tin tức</a>{subs}'
        f'<a class="menuMain" href="{base}/modules/content/">Giới thiệu</a>'
        f'<a class="menuMain" href="{base}/modules/wfdownloads/">Văn bản - Tài liệu</a>'
        f'<a class="menuMain" href="{base}/modules/extgallery/">Thư viện ảnh</a>'
        f'<a class="menuMain" href="{base}/modules/xoopspoll/">Thăm dò</a>'
        f'<a class="menuMain" href="{base}/modules/tag/">Từ khóa</a>'
        f'<a class="menuMain" href="{base}/modules/profile/">Thành viên</a>'
        f'<a class="menuMain" href="{base}/modules/contact/">Liên hệ</a>'
        "</td></tr></table>"
    )
    topics = "".join(
        f'<li><a href="{base}{NEWS}/index.php?storytopic={tid}">{esc(name)}</a> ({len(newest(tid))})</li>'
        for tid, (name, _) in TOPICS.items()
    )
    topics = f'<ul>{topics}<li><a href="{base}{NEWS}/index.php?storytopic=0">Tất cả chủ đề</a></li></ul>'
    login = f"""<form style="margin-top: 0px;" action="{base}/user.php" method="post">
Tên đăng nhập: <br />
<input type="text" name="uname" size="12" value="" maxlength="25" /><br />
Mật khẩu: <br />
<input type="password" name="pass" size="12" maxlength="32" /><br />
<input type="checkbox" name="rememberme" value="On" class="formButton" /> Nhớ tôi<br />
<input type="hidden" name="xoops_redirect" value="{NEWS}/" />
<input type="hidden" name="op" value="login" />
<input type="submit" class="formButton" value="Đăng nhập" /><br />
</form>
<a href="{base}/user.php#lost" title="Quên mật khẩu?">Quên mật khẩu?</a><br /><br />
<a href="{base}/register.php" title="Đăng ký ngay!">Đăng ký ngay!</a>"""
    search = f"""<form style="margin-top: 0px;" action="{base}/search.php" method="get">
<input type="text" name="query" size="14" /><input type="hidden" name="action" value="results" /><br />
<input type="submit" class="formButton" value="Tìm kiếm" /></form>
<a href="{base}/search.php" title="Tìm kiếm nâng cao">Tìm kiếm nâng cao</a>"""
    return (
        '<div id="xo-leftcolumn">'
        + _block("Menu chính", menu, 1)
        + _block("Chủ đề tin", topics, 21)
        + _block("Đăng nhập", login, 3)
        + _block("Tìm kiếm", search, 4)
        + "</div>"
    )


def _right(base: str) -> str:
    latest = "".join(
        f'<li><a href="{base}{article_path(s)}">{stored_title(s)}</a> <span class="date">({_dmy(s)})</span></li>'
        for s in newest()[:5]
    )
    online = f"""3 người đang trực tuyến (2 người đang xem Tin tức)<br /><br />
Thành viên: 0<br />Khách: 3<br /><br />
<a href="javascript:openWithSelfMain('{base}/misc.php?action=showpopups&amp;type=online','Online',420,350);" title="Xem thêm...">Xem thêm...</a>"""
    poll = f"""<form style="margin-top: 1px;" action="{base}/modules/xoopspoll/index.php" method="post">
<table class="outer" cellspacing="1"><tr><th align="center" colspan="2">Bạn thường xem thông tin của nhà trường qua kênh nào?</th></tr>
<tr class="even"><td align="center"><input type="radio" name="option_id" value="7" id="op7" /></td><td><label for="op7">Website của trường</label></td></tr>
<tr class="odd"><td align="center"><input type="radio" name="option_id" value="8" id="op8" /></td><td><label for="op8">Nhóm Zalo của lớp</label></td></tr>
<tr class="even"><td align="center"><input type="radio" name="option_id" value="9" id="op9" /></td><td><label for="op9">Sổ liên lạc điện tử</label></td></tr>
<tr><td class="foot" align="center" colspan="2"><input type="hidden" name="poll_id" value="3" />
<input type="submit" value="Bình chọn" /> <a href="{base}/modules/xoopspoll/pollresults.php?poll_id=3">Kết quả</a></td></tr></table></form>"""
    counter = (
        '<div class="counter">Hôm nay: <b>152</b><br />Hôm qua: <b>318</b><br />Tháng này: <b>6.047</b><br />'
        "Tổng lượt truy cập: <b>1.284.332</b></div>"
    )
    links = """<select onchange="if(this.value) window.open(this.value)" style="width: 150px;">
<option value="">-- Liên kết website --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://hanam.edu.vn">Sở GD&amp;ĐT Hà Nam</option>
<option value="http://binhluc.edu.vn">Phòng GD&amp;ĐT Bình Lục</option>
<option value="http://violympic.vn">ViOlympic</option>
</select>"""
    return (
        '<div id="xo-rightcolumn">'
        + _block("Tin mới nhất", f'<ul class="news_top">{latest}</ul>', 31)
        + _block("Ai đang trực tuyến", online, 5)
        + _block("Thăm dò", poll, 40)
        + _block("Thống kê truy cập", counter, 41)
        + _block("Liên kết website", links, 42)
        + "</div>"
    )


def _page(
    request: Request,
    title: str,
    content: str,
    *,
    description: str = "",
    keywords: str = "trường thcs, nguyễn khuyến, bình lục, hà nam",
    in_news: bool = False,
    crumbs: str = "",
) -> str:
    base = base_url(request)
    desc = description or f"Website {esc(SITE)} - huyện Bình Lục - tỉnh Hà Nam"
    return (
        _head(base, title, desc, keywords)
        + f"""
<body id="{'news' if in_news else 'system'}" class="vi">
<div id="xo-canvas">
<div id="xo-header">
<div id="xo-headerlogo"><a href="{base}/" title="{esc(SITE)}"><img src="{base}{THEME}/images/logo.png" alt="{esc(SITE)}" /></a></div>
<div id="xo-headertext"><div class="donvi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BÌNH LỤC</div><div class="sitename">{esc(SITE.upper())}</div><div class="slogan">{esc(SLOGAN)}</div></div>
<div id="xo-headerbanner"><a href="{base}/banners.php?op=click&amp;bid=2" rel="external"><img src="{base}/uploads/banners/banner_20nam.gif" alt="" /></a></div>
</div>
<div id="xo-globalnav"><ul>
<li><a href="{base}/">Trang chủ</a></li>
<li><a href="{base}/modules/content/index.php?id=1">Giới thiệu</a></li>
<li><a href="{base}{NEWS}/index.php?storytopic=1">Tin tức - Sự kiện</a></li>
<li><a href="{base}{NEWS}/index.php?storytopic=3">Chuyên môn</a></li>
<li><a href="{base}{NEWS}/index.php?storytopic=4">Công tác Đội</a></li>
<li><a href="{base}/modules/wfdownloads/">Văn bản</a></li>
<li><a href="{base}/modules/extgallery/">Thư viện ảnh</a></li>
<li><a href="{base}/modules/contact/">Liên hệ</a></li>
</ul><div id="xo-date">Hôm nay: {TODAY}</div></div>
{crumbs}
<div id="xo-canvas-content">
{_left(base, in_news)}
<div id="xo-page"><div id="xo-content">
{content}
</div></div>
{_right(base)}
</div>
<div id="xo-footer">
<div class="footer-info"><b>{esc(SITE.upper())}</b><br />
Địa chỉ: {esc(ADDRESS)}<br />
Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a><br />
Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thịnh - Hiệu trưởng</div>
<div class="xo-poweredby">Powered by <a href="http://xoops.org" rel="external">XOOPS</a> &copy; 2001-2016 <a href="http://xoops.org" rel="external">The XOOPS Project</a> - Việt hóa: XOOPS Việt Nam</div>
</div>
</div>
</body>
</html>"""
    )


def _crumbs(base: str, *trail: tuple[str | None, str]) -> str:
    parts = [f'<a href="{base}/">Trang chủ</a>', f'<a href="{base}{NEWS}/">Tin tức</a>']
    for href, label in trail:
        parts.append(f'<a href="{href}">{label}</a>' if href else f"<span>{label}</span>")
    return '<div id="xo-breadcrumbs">' + " &raquo; ".join(parts) + "</div>"


def _title_html(story: Story, link: bool) -> str:
    tid = topic_of(story)
    topic = f'<a href="index.php?storytopic={tid}">{esc(topic_name(tid))}</a>'
    title = stored_title(story)
    if link:
        title = f'<a href="article.php?storyid={story.id}">{title}</a>'
    return f"{topic}&nbsp;: {title}"


def _poster(base: str, story: Story) -> str:
    uid = story.opts["poster"]
    return f'<a href="{base}/userinfo.php?uid={uid}">{POSTERS[uid]}</a>'


def _topic_img(base: str, story: Story) -> str:
    tid = topic_of(story)
    name, icon = TOPICS[tid]
    if not icon:
        return ""
    return (
        f'<a href="{base}{NEWS}/index.php?storytopic={tid}"><img src="{base}/uploads/news/image/{icon}"'
        f' alt="{esc(name)}" hspace="10" vspace="10" align="right" /></a>'
    )


def _item_info(base: str, story: Story) -> str:
    return (
        f'<span class="itemPoster">Người gửi: {_poster(base, story)}</span> '
        f'<span class="itemPostDate">vào ngày {_dmy(story)}</span> '
        f'(<span class="itemStats">{story.views()} lần đọc</span>)'
    )


def _comments(story: Story) -> list[Comment]:
    return story.opts.get("comments", [])


# --------------------------------------------------------------------------- news pages


def _story_page(request: Request, story: Story) -> str:
    base = base_url(request)
    tid = topic_of(story)
    text_markup = story_text(story, base)
    chars = len(re.sub(r"<[^>]+>", "", bodytext(story, base)))
    mail_subject = quote(f"Một bài viết thú vị tại {SITE}")
    mail_body = quote(f"Đây là một bài viết thú vị tôi đã đọc tại {SITE}:  {base}{article_path(story)}")
    tags = "".join(
        f'<a href="{base}/modules/tag/view.tag.php?tag={t}" title="{esc(TAGS[t])}">{esc(TAGS[t])}</a> '
        for t in story.opts["tags"]
    )
    tagbar = f'<div class="tagbar"><span class="tagbar-label">Từ khóa:</span> {tags}</div>' if tags else ""
    siblings = newest(tid)
    idx = siblings.index(story)
    nav = []
    if idx + 1 < len(siblings):
        older = siblings[idx + 1]
        nav.append(f'<a href="article.php?storyid={older.id}" title="{stored_title(older)}">&laquo; Bài trước</a>')
    if idx > 0:
        newer = siblings[idx - 1]
        nav.append(f'<a href="article.php?storyid={newer.id}" title="{stored_title(newer)}">Bài tiếp theo &raquo;</a>')
    prevnext = f'<div class="news-prevnext" style="text-align: center;">{" | ".join(nav)}</div>' if nav else ""
    rows = "".join(
        f'<tr class="{"even" if i % 2 else "odd"}"><td><a href="article.php?storyid={s.id}">{stored_title(s)}</a></td>'
        f'<td align="center">{_dmy(s)}</td><td align="right">{s.views()}</td></tr>'
        for i, s in enumerate(x for x in siblings if x.id != story.id)
    )
    summary_table = (
        '<div class="news-summary"><table class="outer" width="100%" cellspacing="1">'
        '<tr><th colspan="3">Bài cùng chủ đề</th></tr>'
        '<tr class="head"><td>Tiêu đề</td><td align="center">Ngày</td><td align="right">Lượt đọc</td></tr>'
        f"{rows}</table></div>"
    )
    older_list = "".join(
        f'<li><a href="article.php?storyid={s.id}">{stored_title(s)}</a> ({_dmy(s)})</li>'
        for s in siblings[idx + 1 : idx + 6]
    )
    older_block = f'<div class="news-older"><b>Các bài trước:</b><ul>{older_list}</ul></div>' if older_list else ""
    comments = _comments(story)
    com_html = ""
    if comments:
        rows_c = []
        for c in comments:
            rows_c.append(
                f'<tr><td class="head"><a id="comment{c.id}"></a> {esc(c.name)}</td><td class="head">'
                f'<div class="comDate"><span class="comDateCaption">Đăng lúc:</span> {c.at}</div></td></tr>'
                f'<tr><td class="odd"><div class="comUserStatus">{"Thành viên" if "_" in c.name else "Khách"}</div></td><td class="odd">'
                f'<div class="comTitle">{esc(c.title)}</div><div class="comText">{esc(c.text)}</div></td></tr>'
                f'<tr><td class="even"></td><td class="even" align="right">'
                f'<a href="{esc(comment_reply_path(story, c).removeprefix(NEWS + "/"))}" title="Trả lời">Trả lời</a></td></tr>'
            )
        com_html = (
            '<a id="comments"></a><table class="outer" cellpadding="5" cellspacing="1">'
            '<tr><th width="20%">Người gửi</th><th>Chủ đề</th></tr>' + "".join(rows_c) + "</table>"
        )
    new_url = esc(comment_new_path(story).removeprefix(NEWS + "/"))
    com_nav = f"""<div style="text-align: center; padding: 3px; margin: 3px;">
<form method="get" action="article.php"><table width="95%" class="outer" cellspacing="1"><tr><td class="even" align="center">
Hiển thị theo: <select name="com_mode"><option value="nest">Lồng nhau</option><option value="flat" selected="selected">Phẳng</option><option value="thread">Luồng</option></select>
<select name="com_order"><option value="0" selected="selected">Cũ nhất trước</option><option value="1">Mới nhất trước</option></select>
<input type="hidden" name="storyid" value="{story.id}" />
<input type="submit" value="Làm mới" class="formButton" />
<input type="button" onclick="self.location.href='{new_url}'" class="formButton" value="Gửi bình luận" />
</td></tr></table></form>
Các bình luận là của người gửi. Chúng tôi không chịu trách nhiệm về nội dung của chúng.</div>"""
    content = f"""<div class="news-article">
<div class="item">
<div class="itemHead"><span class="itemTitle">{_title_html(story, link=False)}</span></div>
<div class="itemInfo">{_item_info(base, story)}</div>
<div class="itemBody">
{_topic_img(base, story)}
<div class="itemText">{text_markup}</div>
</div>
<div class="itemFoot">
<span class="itemStats">Số lần đọc: {story.views()}</span> |
<span class="itemPrint"><a href="print.php?storyid={story.id}" rel="nofollow"><img src="{base}{NEWS}/assets/images/print.png" alt="Phiên bản in" /> Phiên bản in</a></span> |
<span class="itemPdf"><a href="makepdf.php?storyid={story.id}" rel="nofollow" target="_blank"><img src="{base}{NEWS}/assets/images/acrobat.png" alt="PDF" /> Tạo file PDF</a></span> |
<span class="itemMail"><a href="mailto:?subject={mail_subject}&amp;body={mail_body}"><img src="{base}{NEWS}/assets/images/friend.png" alt="Gửi bài này cho bạn bè" /> Gửi bài này cho bạn bè</a></span>
<!-- {chars} ký tự -->
</div>
</div>
{tagbar}
{prevnext}
{summary_table}
{older_block}
</div>
{com_html}
{com_nav}"""
    desc = esc(story.blocks[0].text[:150]) if story.blocks else ""
    crumbs = _crumbs(base, (f"{base}{NEWS}/index.php?storytopic={tid}", esc(topic_name(tid))), (None, stored_title(story)))
    title = f"{stored_title(story)} - {esc(topic_name(tid))} - {esc(SITE)}"
    return _page(request, title, content, description=_stored(story, desc), in_news=True, crumbs=crumbs)


def _pagenav(tid: int | None, start: int, total: int) -> str:
    pages = pages_of(total)
    if pages <= 1:
        return ""
    current = start // PER_PAGE
    topic = 0 if tid is None else tid

    def href(n: int) -> str:
        return f"index.php?storytopic={topic}&amp;start={n * PER_PAGE}"

    parts = []
    if current > 0 and current < pages:
        parts.append(f'<a class="xo-pagarrow" href="{href(current - 1)}"><u>&laquo;</u></a>')
    for n in range(pages):
        if n == current:
            parts.append(f'<strong class="xo-pagact">({n + 1})</strong>')
        else:
            parts.append(f'<a class="xo-counterpage" href="{href(n)}">{n + 1}</a>')
    if current + 1 < pages:
        parts.append(f'<a class="xo-pagarrow" href="{href(current + 1)}"><u>&raquo;</u></a>')
    return '<div class="xo-pagenav">' + " ".join(parts) + "</div>"


def _listing_item(base: str, story: Story) -> str:
    rest = len(re.sub(r"<[^>]+>", "", bodytext(story, base)))
    comments = _comments(story)
    if comments:
        com = (
            f'<a href="article.php?storyid={story.id}&amp;com_mode=flat&amp;com_order=0#comments">'
            f"{len(comments)} bình luận</a>"
        )
    else:
        com = f'<a href="article.php?storyid={story.id}">Bình luận?</a>'
    return f"""<div class="item">
<div class="itemHead"><span class="itemTitle">{_title_html(story, link=True)}</span></div>
<div class="itemInfo">{_item_info(base, story)}</div>
<div class="itemBody">{_topic_img(base, story)}<div class="itemText">{hometext(story, base)}</div></div>
<div class="itemFoot"><span class="itemPermaLink"><a href="article.php?storyid={story.id}">Đọc tiếp...</a> | {rest} ký tự còn lại | {com}</span></div>
</div>"""


_SELECTED = ' selected="selected"'


def _listing(request: Request, tid: int | None, start: int) -> str:
    base = base_url(request)
    items = newest(tid)
    chunk = items[start : start + PER_PAGE]
    options = "".join(
        f'<option value="{base}{NEWS}/index.php?storytopic={t}"{_SELECTED if t == tid else ""}>{esc(n)}</option>'
        for t, (n, _) in TOPICS.items()
    )
    topic_nav = (
        '<div class="news-topics-nav"><form name="form1" action="">Chủ đề: '
        "<select name=\"storytopic\" onchange=\"location=this.options[this.selectedIndex].value\">"
        f'<option value="{base}{NEWS}/index.php?storytopic=0">Tất cả chủ đề</option>{options}</select></form></div>'
    )
    body = "\n".join(_listing_item(base, s) for s in chunk)
    topic = 0 if tid is None else tid
    older = (
        f'<div class="news-older-link" style="text-align: right;"><a href="index.php?storytopic={topic}&amp;start={start + PER_PAGE}">Tin cũ hơn &raquo;</a></div>'
        if chunk
        else ""
    )
    heading = f'<h2 class="news-topic-title">{esc(topic_name(tid))}</h2>' if tid else ""
    content = f"""<div class="news-index">
{topic_nav}
{heading}
{body}
<div style="text-align: center;">{_pagenav(tid, start, len(items))}</div>
{older}
</div>"""
    name = topic_name(tid) if tid else "Tin tức"
    crumbs = _crumbs(base, (None, esc(topic_name(tid)))) if tid else ""
    return _page(request, f"{esc(name)} - {esc(SITE)}", content, in_news=True, crumbs=crumbs)


_MONTHS_VI = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip


def _archive(request: Request) -> str:
    base = base_url(request)
    params = request.params
    years: dict[int, list[int]] = {}
    for y, m in ARCHIVE_MONTHS:
        years.setdefault(y, []).append(m)
    listing = "".join(
        f"<li><b>{y}</b>: "
        + ", ".join(f'<a href="./archive.php?year={y}&amp;month={m}">{_MONTHS_VI[m - 1]}</a>' for m in ms)
        + "</li>"
        for y, ms in years.items()
    )
    table = f'<table class="outer" width="100%"><tr><th>Lưu trữ tin tức</th></tr><tr class="even"><td><ul>{listing}</ul></td></tr></table>'
    month_html = ""
    try:
        year, month = int(params.get("year", "")), int(params.get("month", ""))
    except ValueError:
        year = month = 0
    if year and month:
        hits = [s for s in newest() if (local_time(s).year, local_time(s).month) == (year, month)]
        rows = "".join(
            f'<tr class="{"even" if i % 2 else "odd"}"><td><a href="index.php?storytopic={topic_of(s)}">{esc(topic_name(topic_of(s)))}</a>: '
            f'<a href="article.php?storyid={s.id}">{stored_title(s)}</a></td><td align="center">{_dmy(s)}</td>'
            f'<td align="right">{s.views()}</td><td align="center"><a href="print.php?storyid={s.id}" rel="nofollow">'
            f'<img src="{base}{NEWS}/assets/images/print.png" alt="Phiên bản in" /></a></td></tr>'
            for i, s in enumerate(hits)
        )
        label = _MONTHS_VI[month - 1] if 1 <= month <= 12 else f"Tháng {month}"
        month_html = f"""<br /><table class="outer" width="100%" cellspacing="1">
<tr><th colspan="4">{label}, {year}</th></tr>
<tr class="head"><td>Bài viết</td><td align="center">Ngày</td><td align="right">Lượt đọc</td><td align="center">In</td></tr>
{rows}</table>
<div>Có tổng cộng {len(hits)} bài viết</div>"""
    content = f'<div class="news-archive">{table}{month_html}</div>'
    return _page(request, f"Lưu trữ tin tức - {esc(SITE)}", content, in_news=True)


def _topics_directory(request: Request) -> str:
    base = base_url(request)
    rows = "".join(
        f'<tr class="even"><td><a href="{base}{NEWS}/index.php?storytopic={t}">{esc(n)}</a></td>'
        f'<td align="right">{len(newest(t))}</td><td><a href="{base}{NEWS}/backendt.php?topicid={t}">RSS</a></td></tr>'
        for t, (n, _) in TOPICS.items()
    )
    content = (
        '<table class="outer" width="100%"><tr><th>Chủ đề</th><th>Số bài</th><th>RSS</th></tr>'
        f"{rows}</table>"
    )
    return _page(request, f"Danh sách chủ đề - {esc(SITE)}", content, in_news=True)


def _by_author(request: Request, uid: int) -> str:
    rows = "".join(
        f'<li><a href="article.php?storyid={s.id}">{stored_title(s)}</a> ({_dmy(s)}) - {esc(topic_name(topic_of(s)))}</li>'
        for s in newest()
        if s.opts["poster"] == uid
    )
    content = f'<h3>Các bài viết của {POSTERS[uid]}</h3><ul class="news-author">{rows}</ul>'
    return _page(request, f"Các bài viết của {POSTERS[uid]} - {esc(SITE)}", content, in_news=True)


def _print(request: Request, story: Story) -> str:
    base = base_url(request)
    when = local_time(story)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{stored_title(story)} - {esc(SITE)}</title>
<meta name="robots" content="noindex,nofollow" />
<link rel="stylesheet" type="text/css" href="{base}{NEWS}/assets/css/print.css" />
</head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0" style="width: 640px;"><tr><td align="center">
<table border="0" style="width: 640px;" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" style="width: 640px;" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td align="center">
<img src="{base}{THEME}/images/logo.png" border="0" alt="" /><br /><br />
<h3>{stored_title(story)}</h3>
<small><b>Ngày:</b>&nbsp;{when:%d/%m/%Y %H:%M:%S} | <b>Chủ đề:</b>&nbsp;{esc(topic_name(topic_of(story)))}</small><br /><br /></td></tr>
<tr valign="top" style="font:12px;"><td>{story_text(story, base)}<br /></td></tr></table></td></tr></table>
<br /><br />
Bài viết này được lấy từ {esc(SITE)}<br /><a href="{base}/">{base}/</a><br /><br />
Địa chỉ URL của bài viết:<br /><a href="{base}{article_path(story)}">{base}{article_path(story)}</a>
</td></tr></table>
</body>
</html>"""


def _comment_new(request: Request, story: Story) -> str:
    base = base_url(request)
    when = local_time(story)
    reply = (
        f"Người gửi&nbsp;<b>{POSTERS[story.opts['poster']]}</b>&nbsp;Ngày&nbsp;<b>{when:%d/%m/%Y %H:%M}</b>"
        f"<br /><br />{hometext(story, base)}<br /><br />{bodytext(story, base)}"
    )
    content = f"""<table cellpadding="4" cellspacing="1" width="98%" class="outer">
<tr><td class="head">{stored_title(story)}</td></tr><tr><td><br />{reply}<br /></td></tr></table><br />
<form name="commentform" id="commentform" action="comment_post.php" method="post">
<table width="100%" class="outer" cellspacing="1"><tr><th colspan="2">Gửi bình luận</th></tr>
<tr valign="top" align="left"><td class="head">Tên</td><td class="even"><input type="text" name="noname_name" size="30" value="Khách" /></td></tr>
<tr valign="top" align="left"><td class="head">Tiêu đề</td><td class="odd"><input type="text" name="com_title" size="50" maxlength="255" value="Re: {stored_title(story)}" /></td></tr>
<tr valign="top" align="left"><td class="head">Bình luận</td><td class="even"><textarea name="com_text" rows="10" cols="50"></textarea></td></tr>
<tr valign="top" align="left"><td class="head">Mã xác nhận</td><td class="odd"><img src="{base}/class/captcha/image/scripts/image.php" alt="" /> <input type="text" name="xoopscaptcha" size="6" /></td></tr>
<tr valign="top" align="left"><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="com_itemid" value="{story.id}" />
<input type="hidden" name="com_mode" value="flat" /><input type="hidden" name="com_order" value="0" />
<input type="submit" class="formButton" name="com_dopost" value="Gửi" /> <input type="submit" class="formButton" name="com_dopreview" value="Xem trước" /></td></tr>
</table></form>"""
    return _page(request, f"Gửi bình luận - {esc(SITE)}", content, in_news=True)


def _comment_reply(request: Request, story: Story, com: Comment) -> str:
    content = f"""<table cellpadding="4" cellspacing="1" width="98%" class="outer">
<tr><td class="head">{esc(com.title)}</td></tr><tr><td><br />Người gửi&nbsp;<b>{esc(com.name)}</b>&nbsp;Ngày&nbsp;<b>{com.at}</b><br /><br />{esc(com.text)}<br /></td></tr></table><br />
<form name="commentform" action="comment_post.php" method="post">
<table width="100%" class="outer" cellspacing="1"><tr><th colspan="2">Trả lời bình luận</th></tr>
<tr><td class="head">Tiêu đề</td><td class="odd"><input type="text" name="com_title" size="50" value="Re: {esc(com.title)}" /></td></tr>
<tr><td class="head">Bình luận</td><td class="even"><textarea name="com_text" rows="8" cols="50"></textarea></td></tr>
<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="com_pid" value="{com.id}" /><input type="hidden" name="com_itemid" value="{story.id}" />
<input type="submit" class="formButton" name="com_dopost" value="Gửi" /></td></tr></table></form>"""
    return _page(request, f"Trả lời bình luận - {esc(SITE)}", content, in_news=True)


def _redirect_page(request: Request, message: str, target: str) -> str:
    """XOOPS's ``redirect_header``: a 200 page that says why and refreshes elsewhere."""
    base = base_url(request)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Refresh" content="2; url={base}{target}" />
<title>{esc(SITE)}</title>
<link rel="stylesheet" type="text/css" media="all" href="{base}{THEME}/style.css" />
</head>
<body>
<div class="center bold" style="background-color: #ebebeb; border-top: 1px solid #fff; border-left: 1px solid #fff; border-right: 1px solid #aaa; border-bottom: 1px solid #aaa; text-align: center; width: 500px; margin: 150px auto; padding: 20px;">
<h4>{message}</h4>
<p>Nếu trang web không tự động chuyển, xin vui lòng <a href="{base}{target}">nhấn vào đây</a></p>
</div>
</body>
</html>"""


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in newest()[:FEED_SIZE]:
        pub = local_time(s).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
        desc = _html.escape(hometext(s, base), quote=False)
        items.append(
            f"""  <item>
    <title>{_html.escape(stored_title(s), quote=False)}</title>
    <link>{base}{article_path(s)}</link>
    <description>{desc}</description>
    <pubDate>{pub}</pubDate>
    <guid>{base}{article_path(s)}</guid>
  </item>"""
        )
    newest_pub = local_time(newest()[0]).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{_html.escape(SITE)}</title>
    <link>{base}/</link>
    <description>{_html.escape(SLOGAN)}</description>
    <lastBuildDate>{newest_pub}</lastBuildDate>
    <docs>http://backend.userland.com/rss/</docs>
    <generator>XOOPS</generator>
    <category>Tin tức</category>
    <managingEditor>{EMAIL}</managingEditor>
    <webMaster>{EMAIL}</webMaster>
    <language>vi</language>
    <image>
      <title>{_html.escape(SITE)}</title>
      <url>{base}/images/logo.png</url>
      <link>{base}/</link>
      <width>144</width>
      <height>80</height>
    </image>
{chr(10).join(items)}
  </channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --------------------------------------------------------------------------- other modules


_CONTENT_TEXT: dict[int, list[str]] = {
    1: [
        f"{SITE} được thành lập năm 1997 trên cơ sở tách ra từ Trường PTCS Bình Mỹ. Trường nằm ở trung"
        " tâm thị trấn Bình Mỹ, huyện Bình Lục, tỉnh Hà Nam.",
        "Năm học 2026 - 2027, nhà trường có 16 lớp với 624 học sinh; 41 cán bộ, giáo viên, nhân viên,"
        " 100% giáo viên đạt chuẩn trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 1 năm 2012 và được"
        " công nhận lại năm 2022.",
    ],
    2: [
        "Ban Giám hiệu: Thầy Nguyễn Văn Thịnh - Hiệu trưởng; Thầy Đỗ Quang Huy - Phó Hiệu trưởng.",
        "Các tổ chuyên môn: Tổ Khoa học tự nhiên, Tổ Khoa học xã hội, Tổ Năng khiếu, Tổ Văn phòng.",
    ],
    3: [
        "Trường được UBND tỉnh Hà Nam tặng Bằng khen năm học 2025 - 2026; nhiều năm liền đạt danh hiệu"
        " Tập thể lao động tiên tiến.",
    ],
}


def _content_page(request: Request, pid: int) -> str:
    base = base_url(request)
    menu = "".join(
        f'<li><a href="{base}/modules/content/index.php?id={i}">{esc(n)}</a></li>' for i, n in CONTENT_PAGES.items()
    )
    paras = "".join(f"<p>{esc(p)}</p>" for p in _CONTENT_TEXT[pid])
    content = f"""<div class="content-page"><ul class="content-menu">{menu}</ul>
<h2 class="content-title">{esc(CONTENT_PAGES[pid])}</h2>
<div class="content-text">{paras}</div></div>"""
    return _page(request, f"{esc(CONTENT_PAGES[pid])} - {esc(SITE)}", content)


def _contact(request: Request) -> str:
    content = f"""<div class="contact-info"><h3>Liên hệ</h3>
<p>{esc(SITE)}<br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE}<br />Email: {EMAIL}</p></div>
<form name="contactform" id="contactform" action="index.php" method="post">
<table width="100%" class="outer" cellspacing="1"><tr><th colspan="2">Liên hệ với chúng tôi</th></tr>
<tr><td class="head">Họ và tên <span class="caption-marker">*</span></td><td class="even"><input type="text" name="usersName" size="30" /></td></tr>
<tr><td class="head">Email <span class="caption-marker">*</span></td><td class="odd"><input type="text" name="usersEmail" size="30" /></td></tr>
<tr><td class="head">Website</td><td class="even"><input type="text" name="usersSite" size="30" value="http://" /></td></tr>
<tr><td class="head">Đơn vị</td><td class="odd"><input type="text" name="usersCompanyName" size="30" /></td></tr>
<tr><td class="head">Nội dung <span class="caption-marker">*</span></td><td class="even"><textarea name="usersComments" rows="8" cols="45"></textarea></td></tr>
<tr><td class="head">&nbsp;</td><td class="odd"><input type="hidden" name="op" value="submit" /><input type="submit" class="formButton" value="Gửi" /></td></tr>
</table></form>"""
    return _page(request, f"Liên hệ - {esc(SITE)}", content)


def _downloads_index(request: Request) -> str:
    base = base_url(request)
    cats = "".join(
        f'<td><a href="{base}/modules/wfdownloads/viewcat.php?cid={c}"><b>{esc(n)}</b></a>'
        f' ({len([d for d in DOWNLOADS if d.cid == c])})</td>'
        for c, n in DL_CATS.items()
    )
    latest = "".join(
        f'<li><a href="{base}/modules/wfdownloads/singlefile.php?cid={d.cid}&amp;lid={d.lid}">{esc(d.title)}</a> ({d.date})</li>'
        for d in DOWNLOADS
    )
    content = f"""<div class="wfdownloads"><h3>Văn bản - Tài liệu</h3>
<table class="outer" width="100%"><tr>{cats}</tr></table>
<h4>Tải mới nhất</h4><ul>{latest}</ul>
<div>Có {len(DOWNLOADS)} tệp trong cơ sở dữ liệu</div></div>"""
    return _page(request, f"Văn bản - Tài liệu - {esc(SITE)}", content)


def _downloads_cat(request: Request, cid: int) -> str:
    base = base_url(request)
    sort_labels = {"title": "Tiêu đề", "date": "Ngày", "hits": "Lượt tải"}
    sorts = " ".join(
        f'{label} (<a href="{base}/modules/wfdownloads/viewcat.php?cid={cid}&amp;orderby={key}A">&uarr;</a>'
        f'<a href="{base}/modules/wfdownloads/viewcat.php?cid={cid}&amp;orderby={key}D">&darr;</a>)'
        for key, label in sort_labels.items()
    )
    rows = "".join(
        f'<tr class="even"><td><a href="{base}/modules/wfdownloads/singlefile.php?cid={d.cid}&amp;lid={d.lid}">{esc(d.title)}</a>'
        f'<br /><span class="desc">{esc(d.description)}</span></td><td>{d.date}</td><td>{d.size}</td><td>{d.hits}</td>'
        f'<td><a href="{base}/modules/wfdownloads/visit.php?cid={d.cid}&amp;lid={d.lid}">Tải về</a></td></tr>'
        for d in DOWNLOADS
        if d.cid == cid
    )
    content = f"""<div class="wfdownloads"><div class="wf-crumbs"><a href="{base}/modules/wfdownloads/">Văn bản - Tài liệu</a> : {esc(DL_CATS[cid])}</div>
<div class="wf-sort">Sắp xếp theo: {sorts}</div>
<table class="outer" width="100%"><tr><th>Tên tệp</th><th>Ngày đăng</th><th>Kích thước</th><th>Lượt tải</th><th></th></tr>{rows}</table></div>"""
    return _page(request, f"{esc(DL_CATS[cid])} - {esc(SITE)}", content)


def _download_entry(request: Request, d: Download) -> str:
    base = base_url(request)
    content = f"""<div class="wfdownloads"><div class="wf-crumbs"><a href="{base}/modules/wfdownloads/">Văn bản - Tài liệu</a> : <a href="{base}/modules/wfdownloads/viewcat.php?cid={d.cid}">{esc(DL_CATS[d.cid])}</a></div>
<h3>{esc(d.title)}</h3>
<table class="outer" width="100%">
<tr><td class="head">Mô tả</td><td class="even">{esc(d.description)}</td></tr>
<tr><td class="head">Ngày đăng</td><td class="odd">{d.date}</td></tr>
<tr><td class="head">Kích thước</td><td class="even">{d.size}</td></tr>
<tr><td class="head">Lượt tải</td><td class="odd">{d.hits}</td></tr>
<tr><td class="head">Người gửi</td><td class="even">thcs_admin</td></tr>
</table>
<p><a href="{base}/modules/wfdownloads/visit.php?cid={d.cid}&amp;lid={d.lid}"><img src="{base}/modules/wfdownloads/assets/images/icon/download.png" alt="" /> Tải về</a>
| <a href="{base}/modules/wfdownloads/brokenfile.php?lid={d.lid}" rel="nofollow">Báo link hỏng</a></p></div>"""
    return _page(request, f"{esc(d.title)} - {esc(SITE)}", content)


def _gallery_index(request: Request) -> str:
    base = base_url(request)
    albums = "".join(
        f'<td align="center"><a href="{base}/modules/extgallery/public-album.php?id={a}">'
        f'<img src="{base}/uploads/extgallery/public-photo/thumb/thumb_album{a}.jpg" alt="{esc(n)}" /><br />{esc(n)}</a>'
        f"<br />{len(ps)} ảnh</td>"
        for a, (n, ps) in ALBUMS.items()
    )
    content = f'<div class="extgallery"><h3>Thư viện ảnh</h3><table class="outer"><tr>{albums}</tr></table></div>'
    return _page(request, f"Thư viện ảnh - {esc(SITE)}", content)


def _album_of(photo: int) -> int | None:
    return next((a for a, (_, ps) in ALBUMS.items() if photo in ps), None)


def _album(request: Request, aid: int) -> str:
    base = base_url(request)
    name, photos = ALBUMS[aid]
    cells = "".join(
        f'<td align="center"><a href="{base}/modules/extgallery/public-photo.php?photoId={p}">'
        f'<img src="{base}/uploads/extgallery/public-photo/thumb/thumb_{aid}_{p}.jpg" alt="DSC_{p:04d}" /></a></td>'
        for p in photos
    )
    content = f"""<div class="extgallery"><div class="ext-crumbs"><a href="{base}/modules/extgallery/">Thư viện ảnh</a> &raquo; {esc(name)}</div>
<h3>{esc(name)}</h3><table class="outer"><tr>{cells}</tr></table>
<a href="{base}/modules/extgallery/public-slideshow.php?id={aid}">Trình chiếu</a></div>"""
    return _page(request, f"{esc(name)} - {esc(SITE)}", content)


def _slideshow(request: Request, aid: int) -> str:
    base = base_url(request)
    name, photos = ALBUMS[aid]
    urls = ", ".join(f'"{base}/uploads/extgallery/public-photo/large/photo_{aid}_{p}.jpg"' for p in photos)
    content = f"""<div class="extgallery"><div class="ext-crumbs"><a href="{base}/modules/extgallery/">Thư viện ảnh</a> &raquo; <a href="{base}/modules/extgallery/public-album.php?id={aid}">{esc(name)}</a></div>
<div id="galleria" style="height: 480px;"></div>
<script type="text/javascript">var extgalleryPhotos = [{urls}]; Galleria.run("#galleria", {{dataSource: extgalleryPhotos, autoplay: 4000}});</script>
<noscript>Trình duyệt của bạn cần bật JavaScript để xem trình chiếu.</noscript></div>"""
    return _page(request, f"Trình chiếu: {esc(name)} - {esc(SITE)}", content)


def _photo(request: Request, pid: int) -> str:
    base = base_url(request)
    aid = _album_of(pid)
    assert aid is not None
    name, photos = ALBUMS[aid]
    i = photos.index(pid)
    nav = []
    if i > 0:
        nav.append(f'<a href="{base}/modules/extgallery/public-photo.php?photoId={photos[i - 1]}">&laquo; Ảnh trước</a>')
    if i + 1 < len(photos):
        nav.append(f'<a href="{base}/modules/extgallery/public-photo.php?photoId={photos[i + 1]}">Ảnh sau &raquo;</a>')
    content = f"""<div class="extgallery"><div class="ext-crumbs"><a href="{base}/modules/extgallery/">Thư viện ảnh</a> &raquo; <a href="{base}/modules/extgallery/public-album.php?id={aid}">{esc(name)}</a></div>
<div class="ext-photo"><img src="{base}/uploads/extgallery/public-photo/medium/photo_{aid}_{pid}.jpg" alt="DSC_{pid:04d}" /></div>
<div class="ext-nav">{" | ".join(nav)}</div>
<table class="outer"><tr><td class="head">Tên ảnh</td><td class="even">DSC_{pid:04d}</td></tr>
<tr><td class="head">Album</td><td class="odd">{esc(name)}</td></tr>
<tr><td class="head">Lượt xem</td><td class="even">{40 + pid}</td></tr>
<tr><td class="head">Đánh giá</td><td class="odd">Chưa có đánh giá</td></tr></table></div>"""
    return _page(request, f"DSC_{pid:04d} - {esc(name)} - {esc(SITE)}", content)


def _poll_index(request: Request) -> str:
    base = base_url(request)
    content = f"""<h3>Thăm dò ý kiến</h3><table class="outer" width="100%"><tr><th>Câu hỏi</th><th>Số phiếu</th><th>Hết hạn</th></tr>
<tr class="even"><td>Bạn thường xem thông tin của nhà trường qua kênh nào?</td><td>214</td><td>31/12/2026</td></tr>
<tr class="odd"><td colspan="3"><a href="{base}/modules/xoopspoll/pollresults.php?poll_id=3">Kết quả</a></td></tr></table>"""
    return _page(request, f"Thăm dò - {esc(SITE)}", content)


def _poll_results(request: Request) -> str:
    content = """<h3>Kết quả thăm dò</h3><table class="outer" width="100%">
<tr><th colspan="3">Bạn thường xem thông tin của nhà trường qua kênh nào?</th></tr>
<tr class="even"><td>Website của trường</td><td>31%</td><td>66 phiếu</td></tr>
<tr class="odd"><td>Nhóm Zalo của lớp</td><td>52%</td><td>112 phiếu</td></tr>
<tr class="even"><td>Sổ liên lạc điện tử</td><td>17%</td><td>36 phiếu</td></tr>
<tr class="foot"><td colspan="3">Tổng số phiếu: 214 - Tổng số người bình chọn: 214</td></tr></table>"""
    return _page(request, f"Kết quả thăm dò - {esc(SITE)}", content)


def _tag_index(request: Request) -> str:
    base = base_url(request)
    cloud = " ".join(
        f'<a href="{base}/modules/tag/view.tag.php?tag={t}" style="font-size: {100 + 20 * len(_tagged(t))}%;">{esc(n)}</a>'
        for t, n in TAGS.items()
    )
    return _page(request, f"Từ khóa - {esc(SITE)}", f'<h3>Từ khóa</h3><div class="tag-cloud">{cloud}</div>')


def _tagged(tag: int) -> list[Story]:
    return [s for s in newest() if tag in s.opts["tags"]]


def _tag_page(request: Request, tag: int) -> str:
    base = base_url(request)
    rows = "".join(
        f'<li><a href="{base}{article_path(s)}">{stored_title(s)}</a> <span class="date">{_dmy(s)}</span> - Tin tức</li>'
        for s in _tagged(tag)
    )
    content = f'<h3>Từ khóa: {esc(TAGS[tag])}</h3><ul class="tag-items">{rows}</ul>'
    return _page(request, f"Từ khóa: {esc(TAGS[tag])} - {esc(SITE)}", content)


def _login_form(base: str, heading: str) -> str:
    return f"""<fieldset><legend>{heading}</legend>
<form action="{base}/user.php" method="post">
Tên đăng nhập: <input type="text" name="uname" size="26" maxlength="25" /><br />
Mật khẩu: <input type="password" name="pass" size="21" maxlength="32" /><br />
<input type="checkbox" name="rememberme" value="On" /> Nhớ tôi<br />
<input type="hidden" name="op" value="login" /><input type="submit" value="Đăng nhập" /></form></fieldset>
<a id="lost"></a><div><h4>Quên mật khẩu?</h4>Đừng lo. Hãy nhập địa chỉ email bạn dùng khi đăng ký và nhấn nút Gửi.
<form action="{base}/lostpass.php" method="post"><input type="text" name="email" size="26" maxlength="60" />
<input type="hidden" name="op" value="mailpasswd" /><input type="submit" value="Gửi mật khẩu" /></form></div>"""


def _user(request: Request) -> str:
    base = base_url(request)
    content = _login_form(base, "Đăng nhập") + f'<p>Chưa có tài khoản? <a href="{base}/register.php">Đăng ký ngay!</a></p>'
    return _page(request, f"Đăng nhập - {esc(SITE)}", content)


def _profile_index(request: Request) -> str:
    base = base_url(request)
    return _page(request, f"Thành viên - {esc(SITE)}", _login_form(base, "Thành viên đăng nhập"))


def _register(request: Request) -> str:
    content = """<h3>Đăng ký thành viên</h3><form action="register.php" method="post"><table class="outer">
<tr><td class="head">Tên đăng nhập</td><td class="even"><input type="text" name="uname" /></td></tr>
<tr><td class="head">Email</td><td class="odd"><input type="text" name="email" /></td></tr>
<tr><td class="head">Mật khẩu</td><td class="even"><input type="password" name="pass" /></td></tr>
<tr><td class="head">Nhập lại mật khẩu</td><td class="odd"><input type="password" name="vpass" /></td></tr>
<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="op" value="step1" /><input type="submit" value="Bước tiếp theo" /></td></tr>
</table></form>"""
    return _page(request, f"Đăng ký - {esc(SITE)}", content)


def _userinfo(request: Request, uid: int) -> str:
    base = base_url(request)
    rows = "".join(
        f'<li><a href="{base}{article_path(s)}">{stored_title(s)}</a> ({_dmy(s)})</li>'
        for s in newest()
        if s.opts["poster"] == uid
    )
    joined = "15/10/2008" if uid == 1 else "02/09/2019"
    content = f"""<table class="outer" width="100%"><tr><th colspan="2">Thông tin của {POSTERS[uid]}</th></tr>
<tr><td class="head">Tên đăng nhập</td><td class="even">{POSTERS[uid]}</td></tr>
<tr><td class="head">Ngày đăng ký</td><td class="odd">{joined}</td></tr>
<tr><td class="head">Xếp hạng</td><td class="even">Quản trị viên</td></tr></table>
<h4>Tin tức</h4><ul>{rows}</ul>
<a href="{base}{NEWS}/newsbythisauthor.php?uid={uid}">Xem tất cả</a>"""
    return _page(request, f"Thông tin thành viên - {esc(SITE)}", content)


def _search(request: Request) -> str:
    base = base_url(request)
    content = f"""<h3>Tìm kiếm</h3><form action="{base}/search.php" method="get"><table class="outer" width="100%">
<tr><td class="head">Từ khóa</td><td class="even"><input type="text" name="query" size="30" /></td></tr>
<tr><td class="head">Kiểu</td><td class="odd"><select name="andor"><option value="AND" selected="selected">Tất cả các từ (AND)</option><option value="OR">Bất kỳ từ nào (OR)</option><option value="exact">Chính xác cụm từ</option></select></td></tr>
<tr><td class="head">Tìm trong</td><td class="even"><input type="checkbox" name="mids[]" value="2" checked="checked" /> Tin tức <input type="checkbox" name="mids[]" value="9" checked="checked" /> Văn bản - Tài liệu</td></tr>
<tr><td class="head">&nbsp;</td><td class="odd"><input type="hidden" name="action" value="results" /><input type="submit" value="Tìm kiếm" /></td></tr>
</table></form>"""
    return _page(request, f"Tìm kiếm - {esc(SITE)}", content)


# --------------------------------------------------------------------------- the site


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class XoopsSite:
    """XOOPS 2.5: the front controller files of the core and of each module."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/image.php":
            found = params.get("id") == "27"
            return static_file("/x.jpg") if found else Response(404, b"", {"Content-Type": "image/jpeg"})
        if path.startswith(("/uploads/", "/themes/", "/modules/news/assets/", "/images/", "/class/")) or path in (
            "/favicon.ico",
            "/xoops.css",
            "/include/xoops.js",
        ):
            return static_file(path) or (static_file("/x.jpg") if path.endswith(".php") else None)
        if path == "/browse.php":
            return Response(200, b"/* jquery */", {"Content-Type": "application/javascript"})
        if path in ("/", "/index.php"):
            return redirect(base_url(request) + f"{NEWS}/", 302)
        if path == "/backend.php":
            return _rss(request)
        if path.startswith(NEWS + "/"):
            return self._news(request, path.removeprefix(NEWS + "/"), params)
        page = self._other(request, path, params)
        if isinstance(page, Response) or page is None:
            return page
        return html(page)

    def _news(self, request: Request, name: str, params: dict[str, str]) -> Response | None:
        if name in ("", "index.php"):
            tid = _int(params.get("storytopic", "0"))
            start = _int(params.get("start", "0"))
            if tid is None or start is None or start < 0:
                return html(_redirect_page(request, "Chủ đề không tồn tại.", f"{NEWS}/index.php"))
            if tid and tid not in TOPICS:
                return html(_redirect_page(request, "Bạn không có quyền xem chủ đề này.", f"{NEWS}/index.php"))
            return html(_listing(request, tid or None, start))
        sid = _int(params.get("storyid"))
        if name in ("article.php", "print.php", "makepdf.php"):
            story = _BY_ID.get(sid) if sid is not None else None
            if story is None:
                return html(_redirect_page(request, "Bài viết được chọn không tồn tại.", f"{NEWS}/index.php"))
            if name == "article.php":
                return html(_story_page(request, story))
            if name == "print.php":
                return html(_print(request, story))
            return Response(
                200,
                PDF,
                {"Content-Type": "application/pdf", "Content-Disposition": f'inline; filename="story{story.id}.pdf"'},
            )
        if name == "comment_new.php":
            story = _BY_ID.get(_int(params.get("com_itemid")) or 0)
            return html(_comment_new(request, story)) if story else None
        if name == "comment_reply.php":
            story = _BY_ID.get(sid or 0)
            com = next((c for c in _comments(story) if c.id == _int(params.get("com_id"))), None) if story else None
            return html(_comment_reply(request, story, com)) if story and com else None
        if name == "archive.php":
            return html(_archive(request))
        if name == "topics_directory.php":
            return html(_topics_directory(request))
        if name == "newsbythisauthor.php":
            uid = _int(params.get("uid"))
            return html(_by_author(request, uid)) if uid in POSTERS else None
        if name == "backendt.php":
            return _rss(request)
        return None

    def _other(self, request: Request, path: str, params: dict[str, str]) -> str | Response | None:
        base = base_url(request)
        if path in ("/modules/content/", "/modules/content/index.php"):
            pid = _int(params.get("id", "1"))
            return _content_page(request, pid) if pid in CONTENT_PAGES else None
        if path in ("/modules/contact/", "/modules/contact/index.php"):
            return _contact(request)
        if path in ("/modules/wfdownloads/", "/modules/wfdownloads/index.php"):
            return _downloads_index(request)
        if path == "/modules/wfdownloads/viewcat.php":
            cid = _int(params.get("cid"))
            return _downloads_cat(request, cid) if cid in DL_CATS else None
        if path in ("/modules/wfdownloads/singlefile.php", "/modules/wfdownloads/visit.php"):
            lid = _int(params.get("lid"))
            d = next((x for x in DOWNLOADS if x.lid == lid), None)
            if d is None:
                return None
            if path.endswith("singlefile.php"):
                return _download_entry(request, d)
            ctype = "application/pdf" if d.filename.endswith(".pdf") else "application/msword"
            return Response(
                200, PDF, {"Content-Type": ctype, "Content-Disposition": f'attachment; filename="{d.filename}"'}
            )
        if path == "/modules/wfdownloads/brokenfile.php":
            return _redirect_page(request, "Bạn cần đăng nhập để báo link hỏng.", "/user.php")
        if path in ("/modules/extgallery/", "/modules/extgallery/index.php", "/modules/extgallery/public-categories.php"):
            return _gallery_index(request)
        if path == "/modules/extgallery/public-album.php":
            aid = _int(params.get("id"))
            return _album(request, aid) if aid in ALBUMS else None
        if path == "/modules/extgallery/public-slideshow.php":
            aid = _int(params.get("id"))
            return _slideshow(request, aid) if aid in ALBUMS else None
        if path == "/modules/extgallery/public-photo.php":
            pid = _int(params.get("photoId"))
            return _photo(request, pid) if pid is not None and _album_of(pid) else None
        if path in ("/modules/xoopspoll/", "/modules/xoopspoll/index.php"):
            return _poll_index(request)
        if path == "/modules/xoopspoll/pollresults.php":
            return _poll_results(request) if params.get("poll_id") == "3" else None
        if path in ("/modules/tag/", "/modules/tag/index.php"):
            return _tag_index(request)
        if path == "/modules/tag/view.tag.php":
            tag = _int(params.get("tag"))
            return _tag_page(request, tag) if tag in TAGS else None
        if path == "/user.php":
            return _user(request)
        if path in ("/modules/profile/", "/modules/profile/index.php"):
            return _profile_index(request)
        if path == "/modules/profile/register.php":
            return _register(request)
        if path == "/register.php":
            return redirect(f"{base}/modules/profile/register.php", 302)
        if path == "/userinfo.php":
            uid = _int(params.get("uid"))
            return redirect(f"{base}/modules/profile/userinfo.php?uid={uid}", 302) if uid in POSTERS else None
        if path == "/modules/profile/userinfo.php":
            uid = _int(params.get("uid"))
            return _userinfo(request, uid) if uid in POSTERS else None
        if path == "/search.php":
            return _search(request)
        if path == "/banners.php":
            return redirect("http://hanam.edu.vn/", 302)
        return None


def build_site() -> XoopsSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return XoopsSite()
